package org.rightsacademy.catalog.model;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Maps, lists and scalars as package YAML: block style, two-space indents, UTF-8 text unescaped,
 * multi-line text as literal blocks, so a written file reads like one written by hand.
 */
public final class YamlWriter {

  private YamlWriter() {}

  public static String dump(Object document) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setAllowUnicode(true);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setWidth(100);
    options.setSplitLines(true);
    return new org.yaml.snakeyaml.Yaml(new TextRepresenter(options), options).dump(document);
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
}
