package org.rightsacademy.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * What {@link LessonRenderer} adds to plain Markdown: marked terms, the scrollable block around
 * each table, and each body cell's column label; it puts them into the parsed document and renders
 * them.
 */
final class LessonAdditions implements NodeRenderer {
  private final HtmlNodeRendererContext context;

  LessonAdditions(HtmlNodeRendererContext context) {
    this.context = context;
  }

  static void apply(Node document) {
    List<Text> texts = new ArrayList<>();
    List<TableBlock> tables = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            texts.add(text);
          }

          @Override
          public void visit(CustomBlock block) {
            if (block instanceof TableBlock table) {
              tables.add(table);
            }
            visitChildren(block);
          }
        });
    texts.forEach(LessonAdditions::markTerms);
    for (TableBlock table : tables) {
      TableScroll wrapper = new TableScroll();
      table.insertBefore(wrapper);
      wrapper.appendChild(table);
    }
  }

  /**
   * Splits a text at its markers; commonmark has already merged a line's plain text into one node.
   */
  private static void markTerms(Text text) {
    String literal = text.getLiteral();
    Matcher marker = AvoidedTerm.MARKER.matcher(literal);
    int done = 0;
    while (marker.find()) {
      if (marker.start() > done) {
        text.insertBefore(new Text(literal.substring(done, marker.start())));
      }
      Term term = new Term();
      term.appendChild(new Text(marker.group(1)));
      text.insertBefore(term);
      done = marker.end();
    }
    if (done == 0) {
      return;
    }
    if (done < literal.length()) {
      text.setLiteral(literal.substring(done));
    } else {
      text.unlink();
    }
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Term.class, TableScroll.class);
  }

  @Override
  public void render(Node node) {
    HtmlWriter html = context.getWriter();
    boolean block = node instanceof TableScroll;
    if (block) {
      html.line();
    }
    html.tag(
        block ? "div" : "s",
        Map.of("class", block ? LessonRenderer.TABLE_SCROLL : AvoidedTerm.CSS_CLASS));
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      context.render(child);
      child = next;
    }
    html.tag(block ? "/div" : "/s");
    if (block) {
      html.line();
    }
  }

  /**
   * Gives each body cell of a table its column's heading as text, so that on a narrow screen the
   * stylesheet can show a row as a card of labelled cells instead of columns too narrow to read.
   */
  static void columnLabel(Node node, String tagName, Map<String, String> attributes) {
    if (!(node instanceof TableCell cell)
        || cell.isHeader()
        || !(cell.getParent() instanceof TableRow row)
        || !(row.getParent() instanceof TableBody body)
        || !(body.getParent() instanceof TableBlock table)) {
      return;
    }
    int column = 0;
    for (Node before = cell.getPrevious(); before != null; before = before.getPrevious()) {
      column++;
    }
    if (table.getFirstChild() instanceof TableHead head && head.getFirstChild() != null) {
      Node heading = head.getFirstChild().getFirstChild();
      for (int i = 0; i < column && heading != null; i++) {
        heading = heading.getNext();
      }
      if (heading != null) {
        attributes.put(LessonRenderer.COLUMN_LABEL, text(heading));
      }
    }
  }

  /** The plain text of a node (its words, without markup; a marked term as written). */
  static String text(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text literal) {
            text.append(literal.getLiteral());
          }

          @Override
          public void visit(Code code) {
            text.append(code.getLiteral());
          }
        });
    return text.toString().strip();
  }

  /** A marked term: its one child is the term's text. */
  private static final class Term extends CustomNode {}

  /** The scrollable block around one table. */
  private static final class TableScroll extends CustomBlock {}
}
