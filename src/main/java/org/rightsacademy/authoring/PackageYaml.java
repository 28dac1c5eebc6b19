package org.rightsacademy.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightsacademy.catalog.model.YamlLimits;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * YAML that is not a learning package (the wording check's {@code wording.yaml}) as plain maps,
 * lists and strings, read within the same limits as a package ({@link YamlLimits}: no type tags,
 * aliases capped, duplicate keys and recursive data refused). A package is read into its typed
 * model by {@code catalog.model.PackageFormat}, never through here.
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

  /** The texts of a list of scalars (or of one scalar). */
  static List<String> strings(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(PackageYaml::text).filter(t -> t != null).toList();
    }
    String one = text(value);
    return one == null ? List.of() : List.of(one);
  }
}
