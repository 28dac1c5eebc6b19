package org.rightsacademy.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * No withheld headcount can be worked out by a reader who has the published table, the total, knows
 * that every listed group has someone, and knows this very rule: checked by trying every table that
 * would publish the same.
 */
class SuppressionTest {

  static final int K = 5;

  @Test
  void theIssuesExampleHidesTheGendarmerieToo() {
    Suppression.Plan plan = Suppression.counts(new long[] {5, 1}, K);
    assertEquals(Set.of(0, 1), plan.withheld(), "Gendarmerie 5, Police 1, Total 6: both withheld");
    assertFalse(plan.everything());
    assertEquals(
        Set.of(),
        Suppression.counts(new long[] {5, 7, 12}, K).withheld(),
        "nothing small, nothing withheld");
    assertEquals(
        Set.of(1, 2),
        Suppression.counts(new long[] {30, 2, 9, 12}, K).withheld(),
        "the next smallest, not the largest");
  }

  @Test
  void twoTinyGroupsAreNotEnough() {
    // 1 + 1 withheld of a total of 22 with 20 shown: each would have to be 1.
    assertEquals(Set.of(0, 1, 2), Suppression.counts(new long[] {1, 1, 20}, K).withheld());
    // Six groups of one: withholding them all still leaves each at exactly 1, so the groups go.
    assertTrue(Suppression.counts(new long[] {1, 1, 1, 1, 1, 1}, K).everything());
  }

  @Test
  void aZeroIsShown() {
    assertEquals(
        Set.of(), Suppression.counts(new long[] {0, 6}, K).withheld(), "a zero is about nobody");
  }

  /** Every way of filling the withheld cells that publishes the same table. */
  static List<long[]> sameWhenPublished(long[] sizes, int k) {
    Suppression.Plan published = Suppression.counts(sizes, k);
    long total = Arrays.stream(sizes).sum();
    long shown = 0;
    for (int i = 0; i < sizes.length; i++) {
      shown += published.withheld().contains(i) ? 0 : sizes[i];
    }
    List<Integer> hidden = new ArrayList<>(published.withheld());
    List<long[]> tables = new ArrayList<>();
    fill(sizes.clone(), hidden, 0, total - shown, k, published, tables);
    return tables;
  }

  private static void fill(
      long[] table,
      List<Integer> hidden,
      int at,
      long left,
      int k,
      Suppression.Plan published,
      List<long[]> out) {
    if (at == hidden.size() - 1) {
      if (left >= 1) {
        table[hidden.get(at)] = left;
        if (Suppression.counts(table, k).equals(published)) {
          out.add(table.clone());
        }
      }
      return;
    }
    for (long value = 1; value <= left - (hidden.size() - 1 - at); value++) {
      table[hidden.get(at)] = value;
      fill(table, hidden, at + 1, left - value, k, published, out);
    }
  }

  @Test
  void noWithheldHeadcountCanBeWorkedOutFromWhatIsPublished() {
    Random random = new Random(14);
    List<long[]> tables =
        new ArrayList<>(
            List.of(
                new long[] {5, 1},
                new long[] {6, 2},
                new long[] {1, 1, 20},
                new long[] {4, 4, 4},
                new long[] {1, 2, 3, 4, 40},
                new long[] {12, 3, 3, 9},
                new long[] {5, 5, 1},
                new long[] {100, 1, 1, 1, 8}));
    for (int n = 0; n < 400; n++) {
      long[] sizes = new long[2 + random.nextInt(5)];
      for (int i = 0; i < sizes.length; i++) {
        sizes[i] = 1 + random.nextInt(random.nextBoolean() ? 6 : 15);
      }
      tables.add(sizes);
    }
    int checked = 0;
    for (long[] sizes : tables) {
      Suppression.Plan plan = Suppression.counts(sizes, K);
      if (plan.withheld().isEmpty() || plan.everything()) {
        assertTrue(
            plan.everything() || Arrays.stream(sizes).allMatch(s -> s >= K),
            Arrays.toString(sizes));
        continue; // nothing withheld, or only the total is published
      }
      List<long[]> alike = sameWhenPublished(sizes, K);
      for (int i : plan.withheld()) {
        Set<Long> possible = new TreeSet<>();
        for (long[] table : alike) {
          possible.add(table[i]);
        }
        assertTrue(possible.contains(sizes[i]), "the truth is among them");
        assertTrue(
            possible.size() >= 2,
            "group " + i + " of " + Arrays.toString(sizes) + " could only be " + possible);
        checked++;
      }
    }
    assertTrue(checked > 300, "enough withheld cells were tried: " + checked);
  }

  @Test
  void aFigureOverTooFewPeopleIsWithheldAndSoIsOneMore() {
    // Final-test takers per row: 1, 10 and 12; the total's average is over 23 and shown.
    assertEquals(Set.of(0, 1), Suppression.figures(new long[] {1, 10, 12}, Set.of(), K));
    // A row withheld whole already hides its figures: nothing more is needed when two count.
    assertEquals(Set.of(0, 1), Suppression.figures(new long[] {3, 2, 12}, Set.of(0, 1), K));
    // Nobody took it in the withheld row: nothing to protect there.
    assertEquals(Set.of(0), Suppression.figures(new long[] {0, 10, 12}, Set.of(0), K));
    // Rows whose figure is over nobody (a dash) are no cover.
    assertEquals(Set.of(0, 2), Suppression.figures(new long[] {2, 0, 9}, Set.of(), K));
  }

  @Test
  void inEveryColumnAWithheldFigureHasCompany() {
    Random random = new Random(6);
    for (int n = 0; n < 2000; n++) {
      long[] people = new long[2 + random.nextInt(5)];
      for (int i = 0; i < people.length; i++) {
        people[i] = random.nextInt(12);
      }
      Set<Integer> withheld = Suppression.figures(people, Set.of(), K);
      long counting = withheld.stream().filter(i -> people[i] > 0).count();
      long rowsWithAnyone = Arrays.stream(people).filter(p -> p > 0).count();
      assertTrue(counting != 1 || rowsWithAnyone == 1, Arrays.toString(people) + " → " + withheld);
      for (int i = 0; i < people.length; i++) {
        assertTrue(
            people[i] == 0 || people[i] >= K || withheld.contains(i),
            "primary " + Arrays.toString(people));
      }
    }
  }

  @Test
  void aTableOfTheIssueWithholdsEveryFigureOfBothRows() {
    Figures gendarmerie = new Figures(5, 5, 3, 3, 3, 20.0, 80.0, 3, 60.0, 1.0, 5);
    Figures police = new Figures(1, 1, 1, 1, 0, 10.0, 40.0, 1, 30.0, 2.0, 1);
    ReportService.Table table =
        ReportService.rows(
            List.of(
                new ReportService.Group("GENDARMERIE", gendarmerie),
                new ReportService.Group("POLICE", police)),
            K);
    assertTrue(
        table.rows().stream().allMatch(ReportService.Row::hidden), "both rows withheld: " + table);
    assertFalse(table.groupsWithheld());

    Figures border = new Figures(20, 20, 10, 10, 9, 30.0, 70.0, 10, 40.0, 1.0, 20);
    table =
        ReportService.rows(
            List.of(
                new ReportService.Group("BORDER_IMMIGRATION", border),
                new ReportService.Group("GENDARMERIE", gendarmerie),
                new ReportService.Group("POLICE", police)),
            K);
    assertEquals(
        List.of("BORDER_IMMIGRATION", "GENDARMERIE", "POLICE"),
        table.rows().stream().map(ReportService.Row::key).toList());
    table =
        ReportService.rows(
            List.of(
                new ReportService.Group(
                    "POLICE", new Figures(9, 9, 1, 1, 1, 1.0, 1.0, 1, 1.0, 1.0, 9)),
                new ReportService.Group(
                    "JUDICIARY", new Figures(7, 7, 7, 7, 7, 1.0, 1.0, 7, 1.0, 1.0, 7)),
                new ReportService.Group("GENDARMERIE", police)),
            K);
    assertEquals(
        List.of("GENDARMERIE", "JUDICIARY"),
        table.rows().stream()
            .filter(ReportService.Row::hidden)
            .map(ReportService.Row::key)
            .toList(),
        "withheld groups come last, by key, whatever their size");
    assertEquals("POLICE", table.rows().get(0).key());
    assertTrue(
        table.rows().get(0).withheld().contains("median_days"),
        "a median over one completion is that person's");
    assertTrue(table.rows().get(0).withheld().contains("average_final"), "one final-test taker");
    assertFalse(table.rows().get(0).withheld().contains("average_pre"), "nine took the pre-test");
  }
}
