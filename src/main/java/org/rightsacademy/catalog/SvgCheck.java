package org.rightsacademy.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Whether an SVG of a package is safe to show: it is parsed as XML (in whatever encoding its bytes
 * and declaration say, so UTF-16 hides nothing from the check) by a parser that refuses any DOCTYPE
 * and so any entity, and then every element, attribute and instruction is looked at. No script, no
 * event handler, no foreignObject or other embedding, no link that is not to a fragment of the same
 * image (so no javascript:, data: or external address), no stylesheet that fetches. The media
 * servlet's Content-Security-Policy stays as the second line.
 */
public final class SvgCheck {

  /** Elements that run script or embed another document. */
  private static final Set<String> FORBIDDEN_ELEMENTS =
      Set.of("script", "foreignobject", "iframe", "embed", "object", "handler", "listener");

  /**
   * {@code url(...)} in a style or presentation attribute: only {@code url(#id)} stays inside the
   * image.
   */
  private static final Pattern URL = Pattern.compile("(?i)url\\s*\\(\\s*['\"]?\\s*([^'\")\\s]*)");

  private SvgCheck() {}

  /** Why the image is refused, in a few words for the author; empty when it is safe. */
  public static Optional<String> problem(byte[] svg) {
    Inspector inspector = new Inspector();
    try {
      SAXParser parser = hardenedFactory().newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      parser.parse(new InputSource(new ByteArrayInputStream(svg)), inspector);
    } catch (Refused e) {
      return Optional.of(e.getMessage());
    } catch (SAXParseException e) {
      String why =
          e.getMessage() != null && e.getMessage().contains("DOCTYPE")
              ? "a DOCTYPE (entities are not allowed)"
              : "not well-formed XML";
      return Optional.of(why + " at line " + e.getLineNumber() + ": " + e.getMessage());
    } catch (SAXException | IOException e) {
      return Optional.of("not readable XML: " + e.getMessage());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser supports these features", e);
    }
    return inspector.sawSvg ? Optional.empty() : Optional.of("the root element is not <svg>");
  }

  private static SAXParserFactory hardenedFactory()
      throws ParserConfigurationException, SAXException {
    // The JDK's own parser whatever the server puts on the class path, so these features exist.
    SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory;
  }

  /** Stops the parse at the first unsafe thing. */
  private static final class Refused extends SAXException {
    private static final long serialVersionUID = 1L;

    Refused(String why) {
      super(why);
    }
  }

  private static final class Inspector extends DefaultHandler {
    private boolean sawSvg;
    private int depth;
    private boolean inStyle;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      String element = localName.toLowerCase(Locale.ROOT);
      if (depth++ == 0) {
        sawSvg = element.equals("svg");
      }
      if (FORBIDDEN_ELEMENTS.contains(element)) {
        throw new Refused("a <" + localName + "> element");
      }
      inStyle = element.equals("style");
      for (int i = 0; i < attributes.getLength(); i++) {
        attribute(
            localName, attributes.getLocalName(i), attributes.getQName(i), attributes.getValue(i));
      }
      if (element.equals("set") || element.startsWith("animate")) {
        String target =
            String.valueOf(attributes.getValue("attributeName")).toLowerCase(Locale.ROOT);
        if (target.endsWith("href") || target.startsWith("on")) {
          throw new Refused("an animation of " + target + " on <" + localName + ">");
        }
      }
    }

    private void attribute(String element, String localName, String qName, String value)
        throws Refused {
      String name = localName.isEmpty() ? qName : localName;
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.startsWith("on")) {
        throw new Refused("the event-handler attribute " + qName + " on <" + element + ">");
      }
      if (lower.equals("href")) {
        String target = compact(value);
        if (target.startsWith("javascript:")) {
          throw new Refused("a javascript: link in " + qName + " on <" + element + ">");
        }
        if (target.startsWith("data:")) {
          throw new Refused("a data: link in " + qName + " on <" + element + ">");
        }
        if (!target.isEmpty() && !target.startsWith("#")) {
          throw new Refused(
              "an external reference in " + qName + " on <" + element + ">: " + value);
        }
      }
      Optional<String> url = fetches(value);
      if (url.isPresent()) {
        throw new Refused(
            "an external reference in " + qName + " on <" + element + ">: " + url.get());
      }
      if (compact(value).contains("javascript:")) {
        throw new Refused("javascript: in " + qName + " on <" + element + ">");
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (inStyle) {
        String css = new String(ch, start, length);
        if (css.toLowerCase(Locale.ROOT).contains("@import")) {
          throw new Refused("an @import in a <style> element");
        }
        Optional<String> url = fetches(css);
        if (url.isPresent()) {
          throw new Refused("an external reference in a <style> element: " + url.get());
        }
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      inStyle = false;
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
      throw new Refused("a processing instruction <?" + target + "?>");
    }
  }

  /** The first {@code url(...)} that leaves the image, if any. */
  private static Optional<String> fetches(String value) {
    Matcher url = URL.matcher(value);
    while (url.find()) {
      if (!url.group(1).startsWith("#")) {
        return Optional.of(url.group(1));
      }
    }
    return Optional.empty();
  }

  /** Lower case without whitespace or control characters, which browsers skip inside a scheme. */
  private static String compact(String value) {
    return value
        .codePoints()
        .filter(c -> c > 0x20 && !Character.isISOControl(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString()
        .toLowerCase(Locale.ROOT);
  }
}
