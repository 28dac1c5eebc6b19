-- A participant list is checked whole, then enrolled in the background, a few rows per
-- transaction; this row is its progress. It holds counts only: the rows themselves stay in the
-- memory of the node that runs the list, and the one-time passwords are never written anywhere.
-- A list whose node stopped (heartbeat older than a few minutes, or marked so) is "interrupted":
-- every account it created is already a participant, and running the same list again finishes it.
CREATE SEQUENCE participant_list_job_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE participant_list_job (
    id               BIGINT      NOT NULL,
    workshop_id      BIGINT      NOT NULL,
    started_by       BIGINT      NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    rows_total       INTEGER     NOT NULL,
    rows_done        INTEGER     NOT NULL,
    accounts_created INTEGER     NOT NULL,
    status           VARCHAR(12) NOT NULL,
    version          INTEGER     NOT NULL,
    CONSTRAINT participant_list_job_pk PRIMARY KEY (id),
    CONSTRAINT participant_list_job_workshop_fk FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
    CONSTRAINT participant_list_job_account_fk FOREIGN KEY (started_by) REFERENCES account (id),
    CONSTRAINT participant_list_job_status_ck CHECK (status IN ('RUNNING', 'DONE', 'INTERRUPTED'))
);
CREATE INDEX participant_list_job_workshop_ix ON participant_list_job (workshop_id, started_at);

-- Which list enrolled a participant: a list run again after an interruption gives the accounts the
-- interrupted run created (and nobody has used yet) a new one-time password, since the first ones
-- were lost with the node's memory.
ALTER TABLE workshop_participant ADD COLUMN list_job_id BIGINT;
