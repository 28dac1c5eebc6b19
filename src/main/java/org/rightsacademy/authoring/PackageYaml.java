package org.rightsacademy.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightsacademy.catalog.model.YamlLimits;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Package YAML as plain maps, lists and strings for editing, and back to text. Built from the node
 * tree that {@link YamlLimits} composes for the catalogue's reader too (no type tags, aliases
 * capped, duplicate keys and recursive data refused), so no document can make the loader create an
 * object or the editor walk forever. Plain numbers and booleans stay numbers and booleans, so a
 * file keeps its look.
 */
final class PackageYaml {

  private PackageYaml() {}

  /**
   * The document as maps ({@link LinkedHashMap}, in file order), lists and scalars; an empty map
   * for an empty file.
   */
  static Object load(String text) {
    try {
      Node root = YamlLimits.compose(text);
      return root == null ? new LinkedHashMap<String, Object>() : value(root);
    } catch (YAMLException e) {
      throw new IllegalArgumentException("not readable YAML: " + e.getMessage(), e);
    }
  }

  /** A mapping document; an empty one when the text holds anything else. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> loadMap(String text) {
    return load(text) instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>();
  }

  private static Object value(Node node) {
    return switch (node) {
      case ScalarNode scalar -> scalar(scalar);
      case SequenceNode sequence -> {
        List<Object> items = new ArrayList<>();
        sequence.getValue().forEach(item -> items.add(value(item)));
        yield items;
      }
      case MappingNode mapping -> {
        Map<String, Object> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
          if (tuple.getKeyNode() instanceof ScalarNode key) {
            entries.put(key.getValue(), value(tuple.getValueNode()));
          }
        }
        yield entries;
      }
      default -> null;
    };
  }

  private static Object scalar(ScalarNode scalar) {
    String value = scalar.getValue();
    if (scalar.isPlain()) {
      if (value.matches("-?\\d{1,9}")) {
        return Integer.valueOf(value);
      }
      if (value.equals("true") || value.equals("false")) {
        return Boolean.valueOf(value);
      }
    }
    return value;
  }

  /**
   * Block-style YAML, two-space indents, UTF-8 text unescaped, multi-line text as literal blocks.
   */
  static String dump(Object document) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setAllowUnicode(true);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setWidth(100);
    options.setSplitLines(true);
    return new Yaml(new TextRepresenter(options), options).dump(document);
  }

  /** Writes multi-line strings as {@code |} blocks, which read like the text they hold. */
  private static final class TextRepresenter extends Representer {
    TextRepresenter(DumperOptions options) {
      super(options);
      Represent plain = representers.get(String.class);
      representers.put(
          String.class,
          data ->
              data instanceof String text && text.contains("\n")
                  ? representScalar(Tag.STR, text.strip() + "\n", DumperOptions.ScalarStyle.LITERAL)
                  : plain.representData(data));
    }
  }

  /** A scalar's text, trimmed; null for a missing value, a list or a map. */
  static String text(Object value) {
    if (value == null || value instanceof Map || value instanceof List) {
      return null;
    }
    String text = String.valueOf(value).strip();
    return text.isEmpty() ? null : text;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>();
  }

  /** The map under a key, created when missing, so that callers can write into it. */
  static Map<String, Object> mapIn(Map<String, Object> owner, String key) {
    if (!(owner.get(key) instanceof Map)) {
      owner.put(key, new LinkedHashMap<String, Object>());
    }
    return map(owner.get(key));
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return value instanceof List<?> list ? (List<Object>) list : new ArrayList<>();
  }

  static List<Object> listIn(Map<String, Object> owner, String key) {
    if (!(owner.get(key) instanceof List)) {
      owner.put(key, new ArrayList<>());
    }
    return list(owner.get(key));
  }

  /** The texts of a list of scalars (or of one scalar). */
  static List<String> strings(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(PackageYaml::text).filter(t -> t != null).toList();
    }
    String one = text(value);
    return one == null ? List.of() : List.of(one);
  }
}
