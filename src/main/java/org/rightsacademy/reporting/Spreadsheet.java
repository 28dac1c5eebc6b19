package org.rightsacademy.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A table as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs keep Arabic and
 * Cyrillic) or as an XLSX workbook of one sheet, written directly (numbers as numbers, text as
 * inline strings): no spreadsheet library for one sheet of figures.
 */
public final class Spreadsheet {

  private Spreadsheet() {}

  public static byte[] csv(List<List<Object>> rows) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    for (List<Object> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          csv.append(',');
        }
        Object cell = row.get(i);
        if (cell instanceof Number number) {
          csv.append(plain(number));
        } else if (cell != null) {
          csv.append(csvText(cell.toString()));
        }
      }
      csv.append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * What starts a formula in a spreadsheet program (a tab or CR too, which some of them skip before
   * one).
   */
  private static final String FORMULA = "=+-@\t\r";

  /**
   * Where a spreadsheet program may start a new field: the comma, but also the semicolon (Excel in
   * French, Arabic and other languages that write decimals with a comma splits on it), tab and line
   * breaks.
   */
  private static final String SEPARATORS = ",;\t\r\n";

  /**
   * A text cell as CSV. Every place a field could start — the cell's start, and right after any
   * separator inside it, for a program that splits on another separator than ours — has a formula
   * start ({@link #FORMULA}) disarmed by a leading {@code '}; a cell holding any separator or a
   * double quote is quoted. Numbers never come here: a negative number stays a number.
   */
  static String csvText(String text) {
    StringBuilder safe = new StringBuilder(text.length() + 2);
    boolean quote = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean fieldStart = i == 0 || SEPARATORS.indexOf(text.charAt(i - 1)) >= 0;
      if (fieldStart && FORMULA.indexOf(c) >= 0) {
        safe.append('\'');
      }
      quote |= c == '"' || SEPARATORS.indexOf(c) >= 0;
      safe.append(c == '"' ? "\"\"" : String.valueOf(c));
    }
    return quote ? "\"" + safe + "\"" : safe.toString();
  }

  public static byte[] xlsx(String sheetName, List<List<Object>> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(
          zip,
          "[Content_Types].xml",
          """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
          <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
          </Types>""");
      entry(
          zip,
          "_rels/.rels",
          """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
          </Relationships>""");
      entry(
          zip,
          "xl/workbook.xml",
          """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
          <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets>
          </workbook>"""
              .formatted(escape(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName)));
      entry(
          zip,
          "xl/_rels/workbook.xml.rels",
          """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
          </Relationships>""");
      StringBuilder sheet =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                  + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
      for (int r = 0; r < rows.size(); r++) {
        sheet.append("<row r=\"").append(r + 1).append("\">");
        List<Object> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          Object cell = row.get(c);
          String ref = column(c) + (r + 1);
          if (cell instanceof Number number) {
            sheet
                .append("<c r=\"")
                .append(ref)
                .append("\"><v>")
                .append(plain(number))
                .append("</v></c>");
          } else if (cell != null) {
            sheet
                .append("<c r=\"")
                .append(ref)
                .append("\" t=\"inlineStr\"><is><t>")
                .append(escape(cell.toString()))
                .append("</t></is></c>");
          }
        }
        sheet.append("</row>");
      }
      sheet.append("</sheetData></worksheet>");
      entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A number as written in files: a dot for decimals, no grouping, at most four decimals. */
  static String plain(Number number) {
    if (number instanceof Long || number instanceof Integer) {
      return number.toString();
    }
    return new java.math.BigDecimal(number.doubleValue())
        .setScale(4, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  static String column(int index) {
    StringBuilder name = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      name.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return name.toString();
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.strip().getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                  if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20) {
                    escaped.appendCodePoint(c);
                  }
                }
              }
            });
    return escaped.toString();
  }
}
