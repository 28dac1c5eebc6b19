package org.rightsacademy.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Exports keep Arabic and Cyrillic intact, numbers as numbers, and never turn a name into a
 * formula.
 */
class SpreadsheetTest {

  static final List<List<Object>> ROWS =
      List.of(
          List.of("البلد", "Страна", "enrolled"),
          Arrays.asList("الأردن", "Беларусь", 12L, 66.66666, null),
          List.of("=HYPERLINK(\"x\")", "a, \"quoted\" name", 0.5));

  @Test
  void csvIsUtf8WithAByteOrderMarkAndQuotesWhatNeedsIt() {
    String csv = new String(Spreadsheet.csv(ROWS), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFF"));
    List<String> lines = csv.substring(1).lines().toList();
    assertEquals("البلد,Страна,enrolled", lines.get(0));
    assertEquals(
        "الأردن,Беларусь,12,66.6667,",
        lines.get(1),
        "numbers plain, with a dot; an empty cell stays empty");
    assertEquals(
        "\"'=HYPERLINK(\"\"x\"\")\",\"a, \"\"quoted\"\" name\",0.5",
        lines.get(2),
        "a formula is disarmed, commas and quotes quoted");
  }

  @Test
  void aSemicolonATabOrACarriageReturnIsQuotedAsACommaIs() {
    assertEquals("\"a;b\"", Spreadsheet.csvText("a;b"), "Excel in French or Arabic splits on ;");
    assertEquals("\"a\tb\"", Spreadsheet.csvText("a\tb"));
    assertEquals("\"a\rb\"", Spreadsheet.csvText("a\rb"));
    assertEquals("\"a\nb\"", Spreadsheet.csvText("a\nb"));
    assertEquals("\"a,b\"", Spreadsheet.csvText("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", Spreadsheet.csvText("say \"hi\""));
    assertEquals("Saint-Louis", Spreadsheet.csvText("Saint-Louis"), "a plain name stays as it is");
  }

  @Test
  void aFormulaIsDisarmedAtTheStartOfTheCellAndAfterAnySeparatorInIt() {
    for (String start : List.of("=", "+", "-", "@")) {
      assertEquals("'" + start + "1+1", Spreadsheet.csvText(start + "1+1"), start);
    }
    assertEquals(
        "\"'\t'=1+1\"", Spreadsheet.csvText("\t=1+1"), "a leading tab, and what follows it");
    assertEquals("\"'\r'=1+1\"", Spreadsheet.csvText("\r=1+1"), "a leading carriage return");
    assertEquals(
        "\"x;'=cmd|' /C calc'!A0\"",
        Spreadsheet.csvText("x;=cmd|' /C calc'!A0"),
        "x;=cmd() is two fields where ; separates");
    assertEquals("\"x,'+1\"", Spreadsheet.csvText("x,+1"));
    assertEquals("\"x;'-1;'@SUM(A1)\"", Spreadsheet.csvText("x;-1;@SUM(A1)"));
    assertEquals(
        "\"a\n'=1\"",
        Spreadsheet.csvText("a\n=1"),
        "a line break starts a field for a reader that ignores quotes");
    assertEquals(
        "\"x; =1\"", Spreadsheet.csvText("x; =1"), "a space before = makes text, not a formula");
    assertEquals(
        "a=b-c", Spreadsheet.csvText("a=b-c"), "inside a field, = and - are only characters");
  }

  @Test
  void negativeNumbersStayNumbersAndOnlyTextIsDisarmed() {
    String csv =
        new String(
            Spreadsheet.csv(List.of(Arrays.asList("-12", -12L, -12.5, "x;-3", 0L))),
            StandardCharsets.UTF_8);
    assertEquals(
        "'-12,-12,-12.5,\"x;'-3\",0",
        csv.substring(1).strip(),
        "a knowledge gain of -12 is a number; the text \"-12\" is not");
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
    assertTrue(
        parts.containsKey("[Content_Types].xml")
            && parts.get("xl/workbook.xml").contains("name=\"Rapport\""));
  }

  @Test
  void columnsAreNamedAsSpreadsheetsNameThem() {
    assertEquals("A", Spreadsheet.column(0));
    assertEquals("Z", Spreadsheet.column(25));
    assertEquals("AA", Spreadsheet.column(26));
  }
}
