"""The figures of one exam-bench run (src/bench/exam-bench.sh), from its files.

saves.csv: one line per try of a save or a submit (sent_ms, latency_ms, learner, request, try,
status, outcome); stored.csv: the (learner, position) pairs whose answer the database holds.
"""
import csv
import math
import sys

run, learners, killed, submitted = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rows = list(csv.DictReader(open(run + "/saves.csv")))
saves = [r for r in rows if r["request"].startswith("save")]
acknowledged = {(r["learner"], r["request"].split()[1]) for r in saves if r["outcome"] == "saved"}
stored = {tuple(line.strip().split(",")) for line in open(run + "/stored.csv") if line.strip()}
missing = acknowledged - stored


def percentile(values, p):
    if not values:
        return "-"
    values = sorted(values)
    return str(values[min(len(values) - 1, math.ceil(p / 100 * len(values)) - 1)])


def summary(label, tries):
    ok = [int(r["latency_ms"]) for r in tries if r["outcome"] == "saved"]
    failed = [r for r in tries if r["outcome"] == "error"]
    signed_out = [r for r in tries if r["outcome"] == "signed-out"]
    retried = len({(r["learner"], r["request"]) for r in tries if int(r["try"]) > 1})
    statuses = {}
    for r in failed:
        statuses[r["status"]] = statuses.get(r["status"], 0) + 1
    seconds = (max(int(r["sent_ms"]) for r in tries) - min(int(r["sent_ms"]) for r in tries)) / 1000 if tries else 0
    rate = f" ({len(ok) / seconds:.1f}/s)" if seconds > 0 else ""
    print(
        f"  {label}: {len(tries)} tries, {len(ok)} acknowledged{rate}; p50/p95/p99/max "
        f"{percentile(ok, 50)}/{percentile(ok, 95)}/{percentile(ok, 99)}/{max(ok) if ok else '-'} ms; "
        f"{len(failed)} failed tries {statuses or ''}; {retried} needed a retry; "
        f"{len(signed_out)} asked to sign in again"
    )


summary("saves", saves)
if killed:
    summary(
        "saves sent in the minute after node 1 was killed",
        [r for r in saves if killed <= int(r["sent_ms"]) < killed + 60000],
    )
summary("submits", [r for r in rows if r["request"] == "submit"])
print(
    f"  answers acknowledged {len(acknowledged)} of {learners * 12}, in the database {len(stored)}, "
    f"acknowledged but missing {len(missing)}; final tests submitted {submitted} of {learners}"
)

# Gatling's own count of every request (sign-in pages, quiz pages, saves, submits), as it printed
# it last: OK and KO per request, KO being any answer the scenario did not expect.
log = open(run + "/gatling.log", errors="replace").read().splitlines()
last = max((i for i, line in enumerate(log) if "---- Requests" in line), default=None)
if last is not None:
    print("  Gatling, requests (total | OK | KO):")
    for line in log[last + 1 :]:
        if not line.startswith(">"):
            break
        parts = [p.strip() for p in line[1:].split("|")]
        print(f"    {parts[0]}: {' | '.join(parts[1:4])}")
