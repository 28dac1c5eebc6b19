package org.rightsacademy.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The XLSX export read back by a spreadsheet library (Apache POI), cell by cell: the same text
 * (Arabic, Cyrillic, quotes, a would-be formula as plain text) and the same numbers as the CSV
 * export of the same rows, numbers as numeric cells, empty cells empty, the sheet named.
 */
class XlsxReadBackTest {

  private static final List<List<Object>> ROWS =
      List.of(
          List.of("البلد", "Страна", "enrolled", "completed %"),
          Arrays.asList("الأردن", "Беларусь", 12L, 66.66666, null),
          Arrays.asList("=HYPERLINK(\"x\")", "a, \"quoted\" name", 0L, -12.5),
          Arrays.asList("Saint-Louis <Sénégal> & co", null, 1234567L, 0.5));

  @Test
  void aSpreadsheetLibraryReadsTheSameCellsAsTheCsvHas() throws Exception {
    List<List<String>> csv =
        new String(Spreadsheet.csv(ROWS), StandardCharsets.UTF_8)
            .substring(1)
            .lines()
            .map(line -> Arrays.asList(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)))
            .toList();
    try (Workbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(Spreadsheet.xlsx("Rapport par pays", ROWS)))) {
      assertEquals(1, workbook.getNumberOfSheets());
      Sheet sheet = workbook.getSheetAt(0);
      assertEquals("Rapport par pays", sheet.getSheetName());
      assertEquals(ROWS.size() - 1, sheet.getLastRowNum());
      for (int r = 0; r < ROWS.size(); r++) {
        Row row = sheet.getRow(r);
        for (int c = 0; c < ROWS.get(r).size(); c++) {
          Object expected = ROWS.get(r).get(c);
          Cell cell = row.getCell(c);
          String where = Spreadsheet.column(c) + (r + 1);
          if (expected == null) {
            assertNull(cell, where + " is empty");
            assertEquals("", csv.get(r).get(c), where + " is empty in the CSV too");
          } else if (expected instanceof Number) {
            assertEquals(CellType.NUMERIC, cell.getCellType(), where + " is a number");
            assertEquals(
                Double.parseDouble(csv.get(r).get(c)),
                cell.getNumericCellValue(),
                0.0,
                where + " as in the CSV");
          } else {
            assertEquals(CellType.STRING, cell.getCellType(), where + " is text, never a formula");
            assertEquals(expected, cell.getStringCellValue(), where);
          }
        }
      }
    }
  }
}
