package org.rightsacademy.reporting;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which cells of a published table to withhold so that no withheld cell can be worked out from the
 * cells shown and the total, which is always published — the rule README states for the dashboard.
 * Pure: sizes in, positions out.
 *
 * <p><b>Headcounts</b> ({@link #counts}). Primary: a group of 1 to k − 1 people is withheld. A zero
 * is shown: it is about nobody (a group of nobody is never a row). Complementary: the withheld
 * groups of one table must be none, or m ≥ 2 groups that together hold at least k + (m − 1) people
 * and leave each of them at least two values to a reader who knows the total, the groups shown,
 * that every listed group has someone and that withheld groups are smaller than the smallest one
 * shown. Until that holds, the smallest groups shown are withheld too — every group of that size at
 * once, since which of two equal groups went would tell something. A reader who also replays this
 * rule on every candidate table can narrow a withheld headcount down, but never to one number
 * (SuppressionTest tries every candidate). All withheld groups carry the same mark, so that a small
 * group cannot be told from one withheld to protect it. When even withholding every group does not
 * reach the bound (six groups of one), the groups themselves are withheld ({@link
 * Plan#everything}): the table shows the total only.
 *
 * <p><b>Rates, averages and medians</b> ({@link #figures}). A figure over fewer than k people (its
 * denominator: those who took the test, completed, ...) is one of those people's results, so it is
 * withheld, and wherever that leaves exactly one withheld figure of that column which counts
 * anyone, the next smallest is withheld too: a sum can only be split between two unknowns in many
 * ways. Rows withheld for their headcount withhold every figure.
 *
 * <p>The total is never withheld to protect a row: it is the headline, the same whichever breakdown
 * is shown, so withholding it in one breakdown would not hide it. What this rule does not cover:
 * what a total says of everyone (a 100 % pass rate tells that each one passed), and differences
 * between separately filtered views (two date ranges a day apart, or cross-tabulating two
 * breakdowns through filters) — see README.
 */
public final class Suppression {

  private Suppression() {}

  /**
   * The positions withheld; {@code everything}: the groups themselves are withheld, only the total
   * shows.
   */
  public record Plan(Set<Integer> withheld, boolean everything) {}

  /**
   * The headcounts of a table's groups (each at least 1; a 0 is shown), with k the smallest group
   * shown.
   */
  public static Plan counts(long[] sizes, int k) {
    Set<Integer> withheld = new TreeSet<>();
    for (int i = 0; i < sizes.length; i++) {
      if (sizes[i] > 0 && sizes[i] < k) {
        withheld.add(i);
      }
    }
    while (!withheld.isEmpty() && !safe(sizes, withheld, k)) {
      int next = smallestShown(sizes, withheld);
      if (next < 0) {
        return new Plan(all(sizes.length), true);
      }
      long size = sizes[next];
      for (int i = 0; i < sizes.length; i++) {
        if (sizes[i] == size) {
          withheld.add(i); // every group of that size: which of equals went would tell the rest
        }
      }
    }
    return new Plan(withheld, false);
  }

  /**
   * At least two withheld, together at least k + (m − 1), and each left at least two values by what
   * a reader knows: every withheld group has 1 or more, and fewer than the smallest shown (groups
   * are withheld smallest first).
   */
  private static boolean safe(long[] sizes, Set<Integer> withheld, int k) {
    long together = withheld.stream().mapToLong(i -> sizes[i]).sum();
    int others = withheld.size() - 1;
    if (others < 1 || together - others < k) {
      return false;
    }
    long below = Long.MAX_VALUE;
    for (int i = 0; i < sizes.length; i++) {
      if (!withheld.contains(i) && sizes[i] > 0) {
        below = Math.min(below, sizes[i]);
      }
    }
    if (below == Long.MAX_VALUE) {
      return true;
    }
    long highest = Math.min(below - 1, together - others);
    long lowest = Math.max(1, together - others * (below - 1));
    return highest > lowest;
  }

  /**
   * The rows whose figure of one column is withheld: {@code denominators} are how many people each
   * row's figure is over, {@code rows} the rows already withheld whole.
   */
  public static Set<Integer> figures(long[] denominators, Set<Integer> rows, int k) {
    Set<Integer> withheld = new TreeSet<>(rows);
    for (int i = 0; i < denominators.length; i++) {
      if (denominators[i] > 0 && denominators[i] < k) {
        withheld.add(i);
      }
    }
    while (withheld.stream().filter(i -> denominators[i] > 0).count() == 1) {
      int next = smallestShown(denominators, withheld);
      if (next < 0) {
        break; // the one figure is then the total's, over k or more people
      }
      withheld.add(next);
    }
    return withheld;
  }

  /** The smallest non-zero size not yet withheld, the later on ties; -1 if none. */
  private static int smallestShown(long[] sizes, Set<Integer> withheld) {
    int smallest = -1;
    for (int i = 0; i < sizes.length; i++) {
      if (!withheld.contains(i) && sizes[i] > 0 && (smallest < 0 || sizes[i] <= sizes[smallest])) {
        smallest = i;
      }
    }
    return smallest;
  }

  private static Set<Integer> all(int size) {
    Set<Integer> every = new TreeSet<>();
    for (int i = 0; i < size; i++) {
      every.add(i);
    }
    return every;
  }
}
