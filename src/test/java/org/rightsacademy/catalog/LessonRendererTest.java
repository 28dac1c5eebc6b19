package org.rightsacademy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.model.PackageProblem;

/**
 * The two additions the lesson renderer makes to Markdown: marked terms, and tables that scroll.
 */
class LessonRendererTest {

  private static final String STRUCK = "<s class=\"avoided-term\">";

  private static String render(String markdown) {
    List<PackageProblem> problems = new ArrayList<>();
    String html = LessonRenderer.render(markdown, "t.md", Set.of(), "", problems);
    assertEquals(List.of(), problems, markdown);
    return html;
  }

  @Test
  void aMarkedTermIsStruckThroughAndTheMarkerIsGone() {
    String html =
        render("Never say «{--migrants illégaux--}»; say migrants en situation irrégulière.");
    assertTrue(html.contains("«" + STRUCK + "migrants illégaux</s>»"), html);
    assertFalse(html.contains("{--") || html.contains("--}"), html);
  }

  @Test
  void theMarkerWorksInHeadingsListsTablesAndEmphasis() {
    assertTrue(
        render("## Why not «{--нелегалы--}»\n")
            .contains("<h2>Why not «" + STRUCK + "нелегалы</s>»</h2>"),
        "heading");
    String list = render("- Avoid «{--غير شرعيين--}».\n- Say **in an irregular situation**.\n");
    assertTrue(list.contains("<li>Avoid «" + STRUCK + "غير شرعيين</s>».</li>"), list);
    String table =
        render(
            "| Avoid | Say |\n|---|---|\n| {--illegal migrants--} | migrants in an irregular situation |\n");
    assertTrue(
        table.contains("<td data-label=\"Avoid\">" + STRUCK + "illegal migrants</s></td>"), table);
    assertTrue(
        render("*never «{--illegals--}»*").contains("<em>never «" + STRUCK + "illegals</s>»</em>"),
        "emphasis");
    String two = render("Neither {--clandestins--} nor {--sans-papiers--}.");
    assertTrue(
        two.contains("Neither " + STRUCK + "clandestins</s> nor " + STRUCK + "sans-papiers</s>."),
        two);
  }

  @Test
  void anUnclosedOrEmptyMarkerAndCodeStayAsTyped() {
    assertTrue(render("An open {--marker with no end.").contains("An open {--marker with no end."));
    assertTrue(render("Across {--two\nlines--} is no marker.").contains("{--two\nlines--}"));
    assertTrue(render("Nothing {----} here.").contains("Nothing {----} here."));
    String code = render("Type `{--term--}` around the term.");
    assertTrue(code.contains("<code>{--term--}</code>") && !code.contains(STRUCK), code);
  }

  @Test
  void aMarkedTermIsEscapedLikeAnyText() {
    String html = render("{--a < b & \"c\"--} and {--<i>x</i>--}");
    assertTrue(html.contains(STRUCK + "a &lt; b &amp; &#34;c&#34;</s>"), html);
    List<PackageProblem> problems = new ArrayList<>();
    String unsafe =
        LessonRenderer.render("{--<img src=x onerror=alert(1)>--}", "t.md", Set.of(), "", problems);
    assertFalse(unsafe.contains("onerror"), unsafe);
    assertEquals(1, problems.size(), "raw HTML inside a marker is still checked");
  }

  @Test
  void onlyTheAvoidedTermClassIsKeptOnRawHtml() {
    String html =
        LessonRenderer.render(
            "<s class=\"avoided-term\">x</s> <s class=\"evil\">y</s> <div class=\"other\">z</div>",
            "t.md",
            Set.of(),
            "",
            new ArrayList<>());
    assertTrue(html.contains(STRUCK + "x</s>"), html);
    assertFalse(html.contains("evil") || html.contains("other"), html);
  }

  @Test
  void eachBodyCellCarriesItsColumnHeadingForPhonesWhereARowBecomesACard() {
    String html =
        render(
            "| Group | Principles | The question it answers |\n|---|---|---|\n| **A.** Primacy | 1–7 | Are *rights* at the centre? |\n");
    assertTrue(
        html.contains("<th>Group</th>") && !html.contains("<th data-label"),
        "headings stay as they are: " + html);
    assertTrue(html.contains("<td data-label=\"Group\"><strong>A.</strong> Primacy</td>"), html);
    assertTrue(
        html.contains(
            "<td data-label=\"The question it answers\">Are <em>rights</em> at the centre?</td>"),
        html);
    String quoted = render("| Say \"this\" <b>not</b> that |\n|---|\n| x |\n");
    assertTrue(
        quoted.contains("data-label=\"Say &#34;this&#34; not that\""),
        "a heading is its text, markup dropped, escaped: " + quoted);
  }

  @Test
  void eachTableSitsInABlockThatScrollsSideways() {
    String html =
        render(
            "Before.\n\n| Part | Articles |\n|---|---|\n| III | 8–35 |\n\nBetween.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n");
    assertEquals(2, html.split("<div class=\"table-scroll\">\\s*<table>", -1).length - 1, html);
    assertEquals(2, html.split("</table>\\s*</div>", -1).length - 1, html);
    assertTrue(
        html.contains("<td data-label=\"Articles\">8–35</td>")
            && html.indexOf("Before.") < html.indexOf("table-scroll"),
        html);
    assertFalse(render("No table here.").contains("table-scroll"));
  }
}
