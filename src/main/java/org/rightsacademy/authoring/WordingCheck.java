package org.rightsacademy.authoring;

import static org.rightsacademy.authoring.PackageYaml.map;
import static org.rightsacademy.authoring.PackageYaml.strings;
import static org.rightsacademy.authoring.PackageYaml.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightsacademy.catalog.AvoidedTerm;
import org.rightsacademy.platform.Language;

/**
 * Warns when a text calls people "illegal" (the terms come from {@code wording.yaml}, which
 * trainers extend) and suggests "migrants in an irregular situation". A warning, never a block.
 *
 * <p>A lesson on terminology has to quote the words it teaches to avoid: it marks exactly the
 * quoted term, on one line, as {@code {--illegal migrants--}} ({@link AvoidedTerm}; lessons show it
 * struck through). Words inside a marker are not checked; the same term anywhere else on the line,
 * or in a marker left open, still gets its warning, with its line.
 */
public final class WordingCheck {

  /** One term found: where (1-based line), the words as written, and what to say instead. */
  public record Warning(Language language, int line, String found, String suggestion) {}

  private final Map<Language, List<Pattern>> terms;
  private final Map<Language, String> suggestions;

  private WordingCheck(Map<Language, List<Pattern>> terms, Map<Language, String> suggestions) {
    this.terms = terms;
    this.suggestions = suggestions;
  }

  /** The check for the terms of one or more {@code wording.yaml} files, merged. */
  public static WordingCheck of(List<String> wordingFiles) {
    Map<Language, List<Pattern>> terms = new EnumMap<>(Language.class);
    Map<Language, String> suggestions = new LinkedHashMap<>();
    for (String file : wordingFiles) {
      Map<String, Object> wording = PackageYaml.loadMap(file);
      map(wording.get("suggestion"))
          .forEach(
              (code, text) ->
                  Language.fromCode(code).ifPresent(l -> suggestions.putIfAbsent(l, text(text))));
      map(wording.get("terms"))
          .forEach(
              (code, list) ->
                  Language.fromCode(code)
                      .ifPresent(
                          l -> {
                            for (String term : strings(list)) {
                              terms.computeIfAbsent(l, x -> new ArrayList<>()).add(pattern(term));
                            }
                          }));
    }
    return new WordingCheck(terms, suggestions);
  }

  /** A term as a pattern: whole words, any case, any run of spaces, "*" for any letters. */
  static Pattern pattern(String term) {
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{M}])");
    for (String part : term.strip().split("(?=\\*)|(?<=\\*)|(?=\\s)|(?<=\\s)")) {
      if (part.equals("*")) {
        regex.append("[\\p{L}\\p{M}]*");
      } else if (part.isBlank()) {
        regex.append("\\s+");
      } else {
        regex.append(Pattern.quote(part));
      }
    }
    regex.append("(?![\\p{L}\\p{M}])");
    return Pattern.compile(
        regex.toString().replace("\\s+\\s+", "\\s+"),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * Every term found in a text, checked against the terms of all four languages (a French lesson
   * may quote English), with the suggestion in the text's language.
   */
  public List<Warning> check(String text, Language language) {
    List<Warning> warnings = new ArrayList<>();
    if (text == null) {
      return warnings;
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      // A marked term is quoted on purpose: masked, so that only unmarked words are matched.
      lines[i] = AvoidedTerm.mask(lines[i]);
      // Overlapping terms to avoid ("нелегальн* мигрант*" and "нелегал*") give one warning, the
      // longest.
      java.util.TreeMap<Integer, Integer> found = new java.util.TreeMap<>();
      for (List<Pattern> patterns : terms.values()) {
        for (Pattern pattern : patterns) {
          Matcher matcher = pattern.matcher(lines[i]);
          while (matcher.find()) {
            found.merge(matcher.start(), matcher.end(), Math::max);
          }
        }
      }
      int coveredTo = -1;
      for (Map.Entry<Integer, Integer> match : found.entrySet()) {
        if (match.getKey() >= coveredTo) {
          warnings.add(
              new Warning(
                  language,
                  i + 1,
                  lines[i].substring(match.getKey(), match.getValue()),
                  suggestion(language)));
          coveredTo = match.getValue();
        }
      }
    }
    return warnings;
  }

  public String suggestion(Language language) {
    return suggestions.getOrDefault(language, suggestions.getOrDefault(Language.EN, ""));
  }
}
