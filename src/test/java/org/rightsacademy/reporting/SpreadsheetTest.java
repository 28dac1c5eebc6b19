package org.rightsacademy.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exports keep Arabic and Cyrillic intact, numbers as numbers, and never turn a name into a formula. */
class SpreadsheetTest {

  static final List<List<Object>> ROWS = List.of(
      List.of("البلد", "Страна", "enrolled"),
      Arrays.asList("الأردن", "Беларусь", 12L, 66.66666, null),
      List.of("=HYPERLINK(\"x\")", "a, \"quoted\" name", 0.5));

  @Test
  void csvIsUtf8WithAByteOrderMarkAndQuotesWhatNeedsIt() {
    String csv = new String(Spreadsheet.csv(ROWS), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFF"));
    List<String> lines = csv.substring(1).lines().toList();
    assertEquals("البلد,Страна,enrolled", lines.get(0));
    assertEquals("الأردن,Беларусь,12,66.6667,", lines.get(1), "numbers plain, with a dot; an empty cell stays empty");
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\",\"a, \"\"quoted\"\" name\",0.5", lines.get(2), "a formula is disarmed, commas and quotes quoted");
  }

  @Test
  void xlsxHasNumbersAsNumbersAndTextAsText() throws Exception {
    Map<String, String> parts = ReportsIT.xlsxSheet(Spreadsheet.xlsx("Rapport", ROWS));
    String sheet = parts.get("xl/worksheets/sheet1.xml");
    assertTrue(sheet.contains("<c r=\"A2\" t=\"inlineStr\"><is><t>الأردن</t></is></c>"), sheet);
    assertTrue(sheet.contains("<c r=\"B2\" t=\"inlineStr\"><is><t>Беларусь</t></is></c>"), sheet);
    assertTrue(sheet.contains("<c r=\"C2\"><v>12</v></c>"), "a count is a number");
    assertTrue(sheet.contains("<c r=\"D2\"><v>66.6667</v></c>"));
    assertTrue(sheet.contains("&quot;quoted&quot;"), "XML escaped");
    assertTrue(parts.containsKey("[Content_Types].xml") && parts.get("xl/workbook.xml").contains("name=\"Rapport\""));
  }

  @Test
  void columnsAreNamedAsSpreadsheetsNameThem() {
    assertEquals("A", Spreadsheet.column(0));
    assertEquals("Z", Spreadsheet.column(25));
    assertEquals("AA", Spreadsheet.column(26));
  }
}
