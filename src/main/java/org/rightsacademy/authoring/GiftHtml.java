package org.rightsacademy.authoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightsacademy.authoring.gift.GiftQuestion.Format;

/**
 * GIFT text in the plain text the bank's questions hold. HTML (the {@code [html]} marker, and
 * Moodle's own format, which allows HTML) is rendered to text: paragraphs and line breaks become
 * line breaks, list items bullets, scripts and styles disappear with their content, every other tag
 * is dropped and character references are decoded. Nothing of the markup reaches a learner, who is
 * shown the text escaped. Plain and Markdown text stay as written.
 */
final class GiftHtml {

  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]{0,2000}>|<!--.*?-->");
  private static final Pattern DROPPED =
      Pattern.compile("(?is)<(script|style|iframe|object|template)\\b.*?</\\1\\s*>");
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|h[1-6]|tr)\\s*>");
  private static final Pattern ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
  private static final Pattern ENTITY =
      Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});");

  private GiftHtml() {}

  /** True when Moodle's format would take part of the text for markup. */
  static boolean looksHtml(String text) {
    return TAG.matcher(text).find() || ENTITY.matcher(text).find();
  }

  static String plain(String text, Format format) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (format == Format.PLAIN || format == Format.MARKDOWN) {
      return text.strip();
    }
    if (format == Format.MOODLE && !looksHtml(text)) {
      return text.strip();
    }
    String t = DROPPED.matcher(text).replaceAll("");
    t = t.replaceAll("\\s*\\n\\s*", " ");
    t = BREAK.matcher(t).replaceAll("\n");
    t = ITEM.matcher(t).replaceAll("\n• ");
    t = TAG.matcher(t).replaceAll("");
    t = t.replace("<", "").replace(">", "");
    t = decode(t);
    return t.replaceAll("[ \\t\\u00A0]+", " ")
        .replaceAll(" ?\\n ?", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }

  private static String decode(String text) {
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement =
          switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "laquo" -> "«";
            case "raquo" -> "»";
            case "rsquo" -> "’";
            case "lsquo" -> "‘";
            case "ldquo" -> "“";
            case "rdquo" -> "”";
            case "ndash" -> "–";
            case "mdash" -> "—";
            case "hellip" -> "…";
            default -> codePoint(name);
          };
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String codePoint(String name) {
    if (!name.startsWith("#")) {
      return "&" + name + ";";
    }
    int code =
        name.startsWith("#x") || name.startsWith("#X")
            ? Integer.parseInt(name.substring(2), 16)
            : Integer.parseInt(name.substring(1));
    return Character.isValidCodePoint(code) && code != 0 && !Character.isISOControl(code)
        ? Character.toString(code)
        : "";
  }
}
