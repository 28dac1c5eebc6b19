package org.rightsacademy.catalog.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * YAML read as a tree of nodes that remember their line, never as Java objects, within the limits
 * of {@link YamlLimits} (no type tags, aliases capped, duplicate keys and recursive data refused),
 * so an uploaded package cannot instantiate classes or expand into a billion laughs.
 */
final class Yaml {

  private Yaml() {}

  /** The document's root, or empty with the problem recorded. */
  static Optional<Node> parse(String text, String file, List<PackageProblem> problems) {
    try {
      Node root = YamlLimits.compose(text);
      if (root == null) {
        problems.add(
            new PackageProblem(file, 1, PackageProblem.Kind.INVALID_YAML, "the file is empty"));
      }
      return Optional.ofNullable(root);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      problems.add(
          new PackageProblem(file, line, PackageProblem.Kind.INVALID_YAML, e.getProblem()));
    } catch (YAMLException e) {
      problems.add(new PackageProblem(file, 1, PackageProblem.Kind.INVALID_YAML, e.getMessage()));
    }
    return Optional.empty();
  }

  static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  /** The entries of a mapping in file order; empty for anything else. */
  static Map<String, Node> entries(Node node) {
    Map<String, Node> entries = new LinkedHashMap<>();
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          entries.put(key.getValue(), tuple.getValueNode());
        }
      }
    }
    return entries;
  }

  static List<Node> items(Node node) {
    return node instanceof SequenceNode sequence ? sequence.getValue() : List.of();
  }

  /** A scalar's text, trimmed; empty for a missing node, a list or a mapping. */
  static Optional<String> text(Node node) {
    return node instanceof ScalarNode scalar && !scalar.getValue().isBlank()
        ? Optional.of(scalar.getValue().strip())
        : Optional.empty();
  }
}
