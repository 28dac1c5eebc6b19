package org.rightsacademy.catalog.model;

import java.io.StringReader;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The one way package YAML becomes a tree of nodes, for the catalogue's reader and the editor's
 * maps alike, with one set of limits: at most {@link #MAX_TEXT_BYTES} code points, at most {@value
 * #MAX_ALIASES} aliases to lists or mappings (no billion laughs), no key given twice in a mapping,
 * and no list or mapping that contains itself, as a key or a value (no endless walk).
 *
 * <p>Only a tree of nodes is composed, never Java objects: no type tag is honoured. SnakeYAML
 * checks duplicate and recursive keys only when it constructs objects, so {@link #compose} checks
 * them itself on the node tree; the loader options say the same, for any later use.
 */
public final class YamlLimits {

  /** Aliases to lists or mappings in one document. */
  public static final int MAX_ALIASES = 20;

  /**
   * The largest single text file (.md, .yaml) of a package, in bytes; also the YAML reader's
   * code-point limit: a UTF-8 file within it never has more code points than bytes, so the size
   * check, not the parser, is what refuses a file.
   */
  public static final int MAX_TEXT_BYTES = 2 * 1024 * 1024;

  private YamlLimits() {}

  /** The loader options every package YAML is read with. */
  public static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_TEXT_BYTES);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(false);
    return options;
  }

  /**
   * The document's root node; null for an empty document.
   *
   * @throws YAMLException when the text is not YAML or breaks a limit; a {@link
   *     MarkedYAMLException} (with the line) for syntax errors, duplicate keys and self-containing
   *     data
   */
  public static Node compose(String text) {
    Node root = new Yaml(options()).compose(new StringReader(text));
    if (root != null) {
      check(
          root,
          Collections.newSetFromMap(new IdentityHashMap<>()),
          Collections.newSetFromMap(new IdentityHashMap<>()));
    }
    return root;
  }

  /**
   * Walks each list and mapping once (shared ones through aliases too), refusing one met inside
   * itself.
   */
  private static void check(Node node, Set<Node> open, Set<Node> done) {
    if (node instanceof ScalarNode || done.contains(node)) {
      return;
    }
    open.add(node);
    for (Node child : children(node)) {
      if (open.contains(child)) {
        throw new Refused(
            node.getStartMark(),
            "an alias"
                + (child.getAnchor() == null ? "" : " *" + child.getAnchor())
                + " refers to a list or mapping that contains it; recursive data is not allowed");
      }
      check(child, open, done);
    }
    if (node instanceof MappingNode mapping) {
      Map<String, Mark> seen = new HashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          Mark first = seen.putIfAbsent(key.getValue(), key.getStartMark());
          if (first != null) {
            throw new Refused(
                key.getStartMark(),
                "duplicate key \""
                    + key.getValue()
                    + "\" (first on line "
                    + (first.getLine() + 1)
                    + ")");
          }
        }
      }
    }
    open.remove(node);
    done.add(node);
  }

  private static List<Node> children(Node node) {
    return switch (node) {
      case SequenceNode sequence -> sequence.getValue();
      case MappingNode mapping ->
          mapping.getValue().stream()
              .flatMap(tuple -> Stream.of(tuple.getKeyNode(), tuple.getValueNode()))
              .toList();
      default -> List.of();
    };
  }

  /** A document refused by a limit checked on the node tree, with the line where it breaks it. */
  private static final class Refused extends MarkedYAMLException {
    private static final long serialVersionUID = 1L;

    Refused(Mark where, String problem) {
      super(null, null, problem, where);
    }
  }
}
