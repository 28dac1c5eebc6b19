package org.rightsacademy.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.rightsacademy.platform.BundleTexts;

/**
 * The dashboard's table as the CSV and XLSX exports hold it: a header, the lines as on screen with
 * the same figures withheld under the same mark, the totals. Figures carry one decimal, as shown.
 */
final class ExportTable {

  static final List<String> COLUMNS =
      List.of(
          "enrolled",
          "started",
          "completed",
          "completion_rate",
          "final_pass_rate",
          "average_pre",
          "average_final",
          "gain_count",
          "average_gain",
          "median_days");

  private final String hiddenMark;

  ExportTable(String hiddenMark) {
    this.hiddenMark = hiddenMark;
  }

  /**
   * The rows; {@code lines} null when nothing may be shown for the filters, in which case the table
   * says {@code withheldAll} under its header.
   */
  List<List<Object>> rows(
      String dimensionLabel,
      List<DashboardPage.Line> lines,
      Figures total,
      Set<String> totalWithheld,
      String withheldAll) {
    List<List<Object>> rows = new ArrayList<>();
    List<Object> header = new ArrayList<>();
    header.add(dimensionLabel);
    for (String column : COLUMNS) {
      header.add(BundleTexts.text("report." + column));
    }
    rows.add(header);
    if (lines == null) {
      rows.add(List.of(withheldAll));
      return rows;
    }
    for (DashboardPage.Line line : lines) {
      rows.add(
          line.hidden()
              ? List.of(line.label(), hiddenMark)
              : row(line.label(), line.figures(), line.withheld()));
    }
    rows.add(row(BundleTexts.text("report.total"), total, totalWithheld));
    return rows;
  }

  private List<Object> row(String label, Figures f, Set<String> withheld) {
    List<Object> row =
        new ArrayList<>(
            Arrays.asList(
                label,
                f.enrolled(),
                f.started(),
                f.completed(),
                round(f.completionRate()),
                round(f.finalPassRate()),
                round(f.averagePre()),
                round(f.averageFinal()),
                f.gainCount(),
                round(f.averageGain()),
                round(f.medianDaysToComplete())));
    for (int i = 0; i < COLUMNS.size(); i++) {
      if (withheld.contains(COLUMNS.get(i))) {
        row.set(i + 1, hiddenMark);
      }
    }
    return row;
  }

  /** Figures as shown: one decimal. */
  static Double round(Double value) {
    return value == null ? null : Math.round(value * 10) / 10.0;
  }
}
