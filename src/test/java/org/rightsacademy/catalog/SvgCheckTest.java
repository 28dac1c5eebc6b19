package org.rightsacademy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SVGs are read as XML and looked at; each hostile one is refused, a plain drawing passes. */
class SvgCheckTest {

  private static final String SVG =
      "xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

  private static Optional<String> check(String svg) {
    return SvgCheck.problem(svg.getBytes(StandardCharsets.UTF_8));
  }

  private static void refused(String svg, String because) {
    Optional<String> problem = check(svg);
    assertTrue(problem.isPresent(), "should be refused: " + svg);
    assertTrue(problem.get().contains(because), problem.get());
  }

  @Test
  void aPlainDrawingWithGradientsAndInternalLinksPasses() {
    assertEquals(
        Optional.empty(),
        check(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "
                + SVG
                + " viewBox=\"0 0 10 10\">"
                + "<defs><linearGradient id=\"g\"><stop offset=\"0\"/></linearGradient><path id=\"p\" d=\"M0 0h5\"/></defs>"
                + "<style>.a { fill: url(#g); }</style><circle class=\"a\" cx=\"5\" cy=\"5\" r=\"4\" fill=\"url(#g)\"/>"
                + "<use xlink:href=\"#p\"/><use href=\"#p\"/><text>ضحايا الاتجار — javascript: is only words here</text></svg>"));
  }

  @Test
  void scriptsAndEventHandlersAreRefused() {
    refused("<svg " + SVG + "><script>alert(1)</script></svg>", "<script>");
    refused("<svg " + SVG + " onload=\"alert(1)\"/>", "onload");
    refused("<svg " + SVG + "><rect ONCLICK=\"alert(1)\"/></svg>", "ONCLICK");
    refused(
        "<svg "
            + SVG
            + "><foreignObject><body xmlns=\"http://www.w3.org/1999/xhtml\"/></foreignObject></svg>",
        "foreignObject");
    refused(
        "<svg " + SVG + "><set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
        "javascript:");
    refused(
        "<svg " + SVG + "><animate attributeName=\"onbegin\" values=\"x\"/></svg>", "animation");
  }

  @Test
  void linksOutOfTheImageAreRefused() {
    refused(
        "<svg " + SVG + "><a href=\"javascript:alert(1)\"><text>x</text></a></svg>", "javascript:");
    // entities and whitespace inside the scheme hide it from a pattern, not from a parser
    refused(
        "<svg "
            + SVG
            + "><a xlink:href=\"&#106;ava&#x09;script:alert(1)\"><text>x</text></a></svg>",
        "javascript:");
    refused("<svg " + SVG + "><image href=\"data:image/svg+xml;base64,PHN2Zy8+\"/></svg>", "data:");
    refused(
        "<svg " + SVG + "><image xlink:href=\"https://tracker.example/pixel.png\"/></svg>",
        "external reference");
    refused(
        "<svg " + SVG + "><rect fill=\"url(https://tracker.example/x.svg#g)\"/></svg>",
        "external reference");
    refused(
        "<svg " + SVG + "><style>@import url(https://evil.example/x.css);</style></svg>",
        "@import");
    refused(
        "<?xml-stylesheet href=\"https://evil.example/x.css\"?><svg " + SVG + "/>",
        "processing instruction");
  }

  @Test
  void doctypesAndEntitiesAreRefusedWithoutBeingRead() {
    refused(
        "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><svg "
            + SVG
            + "><text>&xxe;</text></svg>",
        "DOCTYPE");
    refused(
        "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><svg "
            + SVG
            + "><text>&b;</text></svg>",
        "DOCTYPE");
  }

  @Test
  void anythingNotWellFormedOrNotAnSvgIsRefused() {
    refused("<svg " + SVG + "><circle></svg>", "not well-formed");
    refused("<svg " + SVG + " onload=alert(1)/>", "not well-formed");
    refused("<html><body/></html>", "not <svg>");
    refused("", "not well-formed");
  }

  @Test
  void aUtf16SvgIsReadInItsOwnEncodingAndItsScriptFound() {
    String hostile =
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><svg "
            + SVG
            + "><script>alert(document.domain)</script></svg>";
    byte[] utf16 = hostile.getBytes(StandardCharsets.UTF_16); // big-endian with a byte order mark
    assertTrue(
        !new String(utf16, StandardCharsets.UTF_8).contains("<script"),
        "a UTF-8 pattern cannot see it");
    assertTrue(SvgCheck.problem(utf16).orElseThrow().contains("<script>"));
    byte[] littleEndian = ("\uFEFF" + hostile).getBytes(StandardCharsets.UTF_16LE);
    assertTrue(SvgCheck.problem(littleEndian).orElseThrow().contains("<script>"));
  }

  @Test
  void aDeclaredEncodingIsHonoured() {
    String hostile =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><svg " + SVG + " onload=\"alert('é')\"/>";
    assertTrue(
        SvgCheck.problem(hostile.getBytes(StandardCharsets.ISO_8859_1))
            .orElseThrow()
            .contains("onload"));
  }
}
