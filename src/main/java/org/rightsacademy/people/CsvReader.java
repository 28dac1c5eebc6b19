package org.rightsacademy.people;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records, as spreadsheets write them: quoted cells with "" for a quote and line breaks
 * inside, a leading byte-order mark, CRLF or LF, and comma or semicolon as the separator (French
 * and Russian spreadsheets save with semicolons), guessed from the header line.
 */
final class CsvReader {

  /** One record and the line of the file on which it starts. */
  record Record(int line, List<String> cells) {}

  static final class UnbalancedQuoteException extends Exception {
    final int line;

    UnbalancedQuoteException(int line) {
      super("quote opened on line " + line + " is never closed");
      this.line = line;
    }
  }

  private CsvReader() {}

  static List<Record> read(String text) throws UnbalancedQuoteException {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    char separator = guessSeparator(content);
    List<Record> records = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
      } else if (c == '"' && cell.isEmpty()) {
        quoted = true;
        quoteLine = line;
      } else if (c == separator) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        addUnlessBlank(records, recordLine, cells);
        cells = new ArrayList<>();
        line++;
        recordLine = line;
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new UnbalancedQuoteException(quoteLine);
    }
    cells.add(cell.toString());
    addUnlessBlank(records, recordLine, cells);
    return records;
  }

  private static void addUnlessBlank(List<Record> records, int line, List<String> cells) {
    if (!(cells.size() == 1 && cells.get(0).isBlank())) {
      records.add(new Record(line, cells));
    }
  }

  private static char guessSeparator(String content) {
    int end = content.indexOf('\n');
    String header = end < 0 ? content : content.substring(0, end);
    return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
  }
}
