package org.rightsacademy.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.rightsacademy.catalog.model.PackageProblem;

/**
 * Markdown to HTML, once, when a package is read. The result passes an allow-list sanitiser, and
 * anything the sanitiser would remove is reported with its line: authors learn that their raw HTML
 * was unsafe instead of seeing it silently disappear.
 *
 * <p>Two additions to plain Markdown: a term marked {@code {--like this--}} (see {@link
 * AvoidedTerm}) becomes {@code <s class="avoided-term">like this</s>}, in any paragraph, heading,
 * list, table or emphasis (not in code); and each table sits in a {@code <div
 * class="table-scroll">} that the stylesheet lets scroll sideways, so a wide table never pushes a
 * phone's page wider than its screen.
 */
final class LessonRenderer {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER =
      Parser.builder()
          .extensions(EXTENSIONS)
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .extensions(EXTENSIONS)
          .nodeRendererFactory(LessonAdditions::new)
          .attributeProviderFactory(context -> LessonAdditions::columnLabel)
          .build();

  /**
   * The attribute that gives a body cell its column's heading, which a phone shows above the cell.
   */
  static final String COLUMN_LABEL = "data-label";

  /** The CSS class of the block each lesson table is wrapped in. */
  static final String TABLE_SCROLL = "table-scroll";

  private static final Pattern SAFE_LINK = Pattern.compile("(?i)^(https?:|mailto:|#|[^:]*$)");
  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.LINKS)
          .and(Sanitizers.TABLES)
          .and(Sanitizers.IMAGES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("hr", "pre", "code", "figure", "figcaption", "abbr", "bdi")
                  .allowAttributes("title")
                  .onElements("abbr")
                  .allowAttributes("dir", "lang")
                  .globally()
                  // Attributes count only on elements this same builder allows (BLOCKS allows div,
                  // too).
                  .allowElements("s", "div", "td")
                  .allowAttributes("class")
                  .matching(Pattern.compile(Pattern.quote(AvoidedTerm.CSS_CLASS)))
                  .onElements("s")
                  .allowAttributes("class")
                  .matching(Pattern.compile(Pattern.quote(TABLE_SCROLL)))
                  .onElements("div")
                  .allowAttributes(COLUMN_LABEL)
                  .onElements("td")
                  .toFactory());

  /** Images point here in rendered HTML; {@code media/<version id>/} is filled in per page. */
  static final String MEDIA = "media/";

  private LessonRenderer() {}

  static String render(
      String markdown,
      String file,
      Set<String> packageFiles,
      String folder,
      List<PackageProblem> problems) {
    return render(markdown, file, packageFiles, folder, image -> null, problems);
  }

  /**
   * Renders a lesson; {@code altTexts} gives a picture's alt text in the lesson's language (from
   * {@code images.yaml}) for an image whose Markdown has none. An image with neither is a missing
   * translation: every picture needs its words for those who cannot see it.
   */
  static String render(
      String markdown,
      String file,
      Set<String> packageFiles,
      String folder,
      Function<String, String> altTexts,
      List<PackageProblem> problems) {
    Node document = PARSER.parse(markdown);
    document.accept(new Checker(file, packageFiles, folder, altTexts, problems));
    LessonAdditions.apply(document);
    return POLICY.sanitize(RENDERER.render(document));
  }

  /**
   * Reports raw HTML the policy would change, script links, and images missing from the package.
   */
  private static final class Checker extends AbstractVisitor {
    private final String file;
    private final Set<String> packageFiles;
    private final String folder;
    private final Function<String, String> altTexts;
    private final List<PackageProblem> problems;

    Checker(
        String file,
        Set<String> packageFiles,
        String folder,
        Function<String, String> altTexts,
        List<PackageProblem> problems) {
      this.file = file;
      this.packageFiles = packageFiles;
      this.folder = folder;
      this.altTexts = altTexts;
      this.problems = problems;
    }

    @Override
    public void visit(HtmlBlock html) {
      check(html, html.getLiteral());
    }

    @Override
    public void visit(HtmlInline html) {
      check(html, html.getLiteral());
    }

    @Override
    public void visit(Link link) {
      if (!SAFE_LINK.matcher(link.getDestination().strip()).find()) {
        problems.add(
            new PackageProblem(
                file,
                line(link),
                PackageProblem.Kind.UNSAFE_HTML,
                "link to " + link.getDestination()));
      }
      visitChildren(link);
    }

    @Override
    public void visit(Image image) {
      String target = image.getDestination();
      if (target.contains(":") || target.startsWith("/")) {
        problems.add(
            new PackageProblem(
                file,
                line(image),
                PackageProblem.Kind.UNSAFE_HTML,
                "image from outside the package: " + target));
      } else if (!packageFiles.contains(normalize(folder + target))) {
        problems.add(
            new PackageProblem(
                file, line(image), PackageProblem.Kind.MISSING_FILE, normalize(folder + target)));
      } else {
        String path = normalize(folder + target);
        // Package-root path under "media/": the lesson page adds the course version (see MEDIA).
        image.setDestination(MEDIA + path);
        if (LessonAdditions.text(image).isBlank()) {
          String alt = altTexts.apply(path);
          if (alt == null || alt.isBlank()) {
            problems.add(
                new PackageProblem(
                    file,
                    line(image),
                    PackageProblem.Kind.MISSING_TRANSLATION,
                    "alt text of " + path));
          } else {
            for (Node child = image.getFirstChild(); child != null; ) {
              Node next = child.getNext();
              child.unlink();
              child = next;
            }
            image.appendChild(new Text(alt.strip()));
          }
        }
      }
      visitChildren(image);
    }

    /** Raw HTML is unsafe when the policy would discard any of its elements or attributes. */
    private void check(Node node, String literal) {
      List<String> discarded = new ArrayList<>();
      POLICY.sanitize(
          literal,
          new HtmlChangeListener<List<String>>() {
            @Override
            public void discardedTag(List<String> context, String elementName) {
              context.add(elementName);
            }

            @Override
            public void discardedAttributes(
                List<String> context, String tagName, String... attributeNames) {
              context.add(tagName + " " + String.join(" ", attributeNames));
            }
          },
          discarded);
      if (!discarded.isEmpty()) {
        problems.add(
            new PackageProblem(
                file, line(node), PackageProblem.Kind.UNSAFE_HTML, "removed: " + discarded));
      }
    }
  }

  private static int line(Node node) {
    return node.getSourceSpans().isEmpty() ? 1 : node.getSourceSpans().get(0).getLineIndex() + 1;
  }

  /**
   * Resolves {@code ./} and {@code ../} inside the package; a path that leaves it stays outside.
   */
  static String normalize(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : path.replace('\\', '/').split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return "../" + path;
        }
        parts.remove(parts.size() - 1);
      } else {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }
}
