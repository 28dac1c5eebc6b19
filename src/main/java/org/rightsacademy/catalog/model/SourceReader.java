package org.rightsacademy.catalog.model;

import static org.rightsacademy.catalog.model.PackageProblem.Kind.DIRECTION_CONTROL;
import static org.rightsacademy.catalog.model.PackageProblem.Kind.DUPLICATE_ID;
import static org.rightsacademy.catalog.model.PackageProblem.Kind.INVALID_VALUE;
import static org.rightsacademy.catalog.model.PackageProblem.Kind.MISSING_FILE;
import static org.rightsacademy.catalog.model.PackageProblem.Kind.MISSING_TRANSLATION;
import static org.rightsacademy.catalog.model.PackageProblem.Kind.TOO_LARGE;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rightsacademy.platform.DirectionControls;
import org.rightsacademy.platform.Language;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The files being read and the problems found so far, with the small readers every part of the
 * format shares: a required value, a number in a range, a flag, a choice, an id, a text per
 * language. Each problem names its file and line.
 */
final class SourceReader {

  static final String ID = "[a-z0-9][a-z0-9-]*";

  final Map<String, byte[]> files;
  final List<PackageProblem> problems = new ArrayList<>();
  private final Set<String> oversized = new HashSet<>();
  List<Language> languages = List.of(Language.EN);

  SourceReader(Map<String, byte[]> files) {
    this.files = files;
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String lower = file.getKey().toLowerCase(Locale.ROOT);
      long size = file.getValue().length;
      if ((lower.endsWith(".md") || lower.endsWith(".yaml")) && size > YamlLimits.MAX_TEXT_BYTES) {
        oversized.add(file.getKey());
        problems.add(
            new PackageProblem(
                file.getKey(),
                1,
                TOO_LARGE,
                "file "
                    + file.getKey()
                    + " is "
                    + size
                    + " bytes; the limit is "
                    + YamlLimits.MAX_TEXT_BYTES));
      }
    }
  }

  /** UTF-8 text without a byte order mark. */
  static String utf8(String path, byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(path + " is not UTF-8 text", e);
    }
  }

  boolean exists(String path) {
    return files.containsKey(path);
  }

  /** A required YAML file's root node; a missing file is a problem. */
  Optional<Node> yaml(String path) {
    if (!exists(path)) {
      problems.add(new PackageProblem(path, 0, MISSING_FILE, path));
      return Optional.empty();
    }
    return text(path).flatMap(text -> Yaml.parse(text, path, problems));
  }

  Optional<String> text(String path) {
    if (oversized.contains(path) || !exists(path)) {
      return Optional.empty();
    }
    try {
      return Optional.of(utf8(path, files.get(path)));
    } catch (IllegalArgumentException e) {
      problems.add(new PackageProblem(path, 1, INVALID_VALUE, "not UTF-8 text"));
      return Optional.empty();
    }
  }

  /** A file a declared language needs: missing in English it is missing, else untranslated. */
  boolean needs(String path, Language language, String what) {
    if (exists(path)) {
      return true;
    }
    problems.add(
        new PackageProblem(
            path, 0, language == Language.EN ? MISSING_FILE : MISSING_TRANSLATION, what));
    return false;
  }

  static Optional<String> value(Map<String, Node> entries, String key) {
    return Optional.ofNullable(entries.get(key)).flatMap(Yaml::text);
  }

  Optional<String> required(Map<String, Node> entries, String key, String file, Node owner) {
    Optional<String> value = value(entries, key);
    if (value.isEmpty()) {
      problem(file, owner, INVALID_VALUE, key + " is missing");
    }
    return value;
  }

  int number(Map<String, Node> entries, String key, String file, int min, int max, Node owner) {
    Optional<String> text = required(entries, key, file, owner);
    try {
      int value = Integer.parseInt(text.orElse(String.valueOf(min)));
      if (value < min || value > max) {
        problem(
            file, entries.get(key), INVALID_VALUE, key + " must be between " + min + " and " + max);
      }
      return value;
    } catch (NumberFormatException e) {
      problem(
          file,
          entries.get(key),
          INVALID_VALUE,
          key + " is not a whole number: " + text.orElse(""));
      return min;
    }
  }

  Integer optionalNumber(Map<String, Node> entries, String key, String file, int min, int max) {
    return entries.containsKey(key) ? number(entries, key, file, min, max, entries.get(key)) : null;
  }

  Boolean flag(Map<String, Node> entries, String key, String file) {
    if (!entries.containsKey(key)) {
      return null;
    }
    String value = Yaml.text(entries.get(key)).orElse("");
    if (!value.equals("true") && !value.equals("false")) {
      problem(file, entries.get(key), INVALID_VALUE, key + " must be true or false: " + value);
      return null;
    }
    return Boolean.parseBoolean(value);
  }

  boolean flag(Map<String, Node> entries, String key, String file, boolean fallback) {
    Boolean value = flag(entries, key, file);
    return value == null ? fallback : value;
  }

  <E extends Enum<E>> E choice(Map<String, Node> entries, String key, String file, Class<E> type) {
    if (!entries.containsKey(key)) {
      return null;
    }
    String value = Yaml.text(entries.get(key)).orElse("");
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      List<String> known =
          java.util.Arrays.stream(type.getEnumConstants()).map(PackageKeys::name).toList();
      problem(
          file, entries.get(key), INVALID_VALUE, key + " must be one of " + known + ": " + value);
      return null;
    }
  }

  void unique(String id, Set<String> seen, String file, Node node, String what) {
    if (!id.matches(ID)) {
      problem(
          file,
          node,
          INVALID_VALUE,
          what + " id must be lower-case letters, digits and dashes: " + id);
    }
    if (!seen.add(id)) {
      problem(file, node, DUPLICATE_ID, what + " " + id);
    }
  }

  /** A list of ids, each one once. */
  List<String> ids(Node list, String file, String what) {
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Node item : Yaml.items(list)) {
      Yaml.text(item)
          .ifPresent(
              id -> {
                unique(id, seen, file, item, what);
                ids.add(id);
              });
    }
    return List.copyOf(ids);
  }

  /**
   * A title per language, as {@link #translated}; a direction control in one is a problem at its
   * line.
   */
  Localized<String> titles(Node node, String what, String file, Node owner) {
    Localized<String> titles = translated(node, what, file, owner);
    Map<String, Node> entries = Yaml.entries(node);
    titles
        .values()
        .forEach(
            (language, title) ->
                DirectionControls.first(title)
                    .ifPresent(
                        control ->
                            problem(
                                file,
                                entries.get(language.code()),
                                DIRECTION_CONTROL,
                                what
                                    + " in "
                                    + language.code()
                                    + " contains the invisible direction control "
                                    + control
                                    + " (it would turn the text after it around)")));
    return titles;
  }

  /**
   * A text given per language ({@code title: {en: ..., fr: ...}}); every declared language is
   * required, and a language not declared is kept as written.
   */
  Localized<String> translated(Node node, String what, String file, Node owner) {
    Map<Language, String> texts = new EnumMap<>(Language.class);
    Map<String, Node> entries = Yaml.entries(node);
    entries.forEach(
        (code, value) ->
            Language.fromCode(code)
                .filter(language -> language.code().equals(code))
                .ifPresent(language -> Yaml.text(value).ifPresent(t -> texts.put(language, t))));
    for (Language language : languages) {
      if (!texts.containsKey(language)) {
        problem(
            file,
            node == null ? owner : node,
            language == Language.EN ? INVALID_VALUE : MISSING_TRANSLATION,
            what + " in " + language.code());
      }
    }
    return new Localized<>(texts);
  }

  void problem(String file, Node node, PackageProblem.Kind kind, String detail) {
    problems.add(new PackageProblem(file, node == null ? 1 : Yaml.line(node), kind, detail));
  }
}
