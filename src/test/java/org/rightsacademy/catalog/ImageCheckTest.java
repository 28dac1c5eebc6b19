package org.rightsacademy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Pictures are judged by their bytes: real small files of each format, and what must be refused.
 */
public class ImageCheckTest {

  /** A real picture of the given size written by the JDK's own encoder ("png" or "jpg"). */
  public static byte[] picture(String format, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    // Bands of colour, so that a screenshot shows the picture.
    int[] colours = {0x1e6fd9, 0xf2c14e, 0x2a9d8f, 0xe76f51};
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, colours[(x * colours.length / width + y * 2 / height) % colours.length]);
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      assertTrue(ImageIO.write(image, format, bytes), "the JDK writes " + format);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }

  /** A 1×1 lossless WebP (RIFF, WEBP, a VP8L chunk), as libwebp writes it. */
  static final byte[] WEBP =
      Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

  /** A 1×1 lossy WebP (a VP8 chunk with its key-frame tag). */
  static final byte[] WEBP_LOSSY =
      Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

  static final byte[] SVG =
      """
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
        <rect width="10" height="10" fill="#1e6fd9"/><use href="#a"/>
      </svg>
      """
          .getBytes(StandardCharsets.UTF_8);

  private static ImageCheck.Result check(String text) {
    return ImageCheck.check(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aRealPngIsAPngWithItsSize() {
    ImageCheck.Result png = ImageCheck.check(picture("png", 30, 20));
    assertTrue(png.ok(), () -> String.valueOf(png));
    assertEquals(ImageCheck.Format.PNG, png.format());
    assertEquals(30, png.width());
    assertEquals(20, png.height());
  }

  @Test
  void aRealJpegIsAJpegWithItsSize() {
    ImageCheck.Result jpeg = ImageCheck.check(picture("jpg", 17, 9));
    assertEquals(ImageCheck.Format.JPEG, jpeg.format(), () -> String.valueOf(jpeg));
    assertEquals(17, jpeg.width());
    assertEquals(9, jpeg.height());
  }

  @Test
  void webpLosslessAndLossyAreWebpWithTheirSize() {
    for (byte[] webp : new byte[][] {WEBP, WEBP_LOSSY}) {
      ImageCheck.Result result = ImageCheck.check(webp);
      assertEquals(ImageCheck.Format.WEBP, result.format(), () -> String.valueOf(result));
      assertEquals(1, result.width());
      assertEquals(1, result.height());
    }
  }

  @Test
  void aSafeSvgIsAnSvg() {
    assertEquals(ImageCheck.Format.SVG, ImageCheck.check(SVG).format());
  }

  @Test
  void aPngRenamedSvgIsAPngAndIsNotServedUnderTheSvgName() {
    byte[] png = picture("png", 4, 4);
    assertEquals(ImageCheck.Format.PNG, ImageCheck.check(png).format(), "the bytes decide");
    assertEquals(Optional.empty(), ImageCheck.servable("images/map.svg", png));
    assertEquals(Optional.of(ImageCheck.Format.PNG), ImageCheck.servable("images/map.png", png));
    assertEquals(Optional.empty(), ImageCheck.servable("images/map.png", SVG), "nor the reverse");
  }

  @Test
  void svgWithScriptEventHandlerOrOutsideReferenceIsRefused() {
    String[] unsafe = {
      "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
      "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
      "<svg xmlns='http://www.w3.org/2000/svg'><rect onclick='alert(1)'/></svg>",
      "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'>"
          + "<image xlink:href='https://example.org/track.png'/></svg>",
      "<svg xmlns='http://www.w3.org/2000/svg'><use href='other.svg#a'/></svg>",
      "<svg xmlns='http://www.w3.org/2000/svg'><foreignObject><p>x</p></foreignObject></svg>",
      "<!DOCTYPE svg [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
          + "<svg xmlns='http://www.w3.org/2000/svg'><text>&x;</text></svg>",
      "<svg xmlns='http://www.w3.org/2000/svg'><a href='javascript:alert(1)'>x</a></svg>",
    };
    for (String svg : unsafe) {
      ImageCheck.Result result = check(svg);
      assertEquals(ImageCheck.Reason.UNSAFE_SVG, result.refused(), svg);
    }
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedWhateverItIs() {
    byte[] png = picture("png", 8, 8);
    byte[] oversized = Arrays.copyOf(png, ImageCheck.MAX_BYTES + 1);
    assertEquals(ImageCheck.Reason.TOO_LARGE, ImageCheck.check(oversized).refused());
  }

  @Test
  void aPictureWiderThanTheLimitIsRefused() {
    assertEquals(
        ImageCheck.Reason.DIMENSIONS,
        ImageCheck.check(picture("png", ImageCheck.MAX_SIDE + 1, 1)).refused());
  }

  @Test
  void textGifsAndTruncatedPicturesAreNotPictures() {
    assertEquals(ImageCheck.Reason.NOT_AN_IMAGE, check("just words").refused());
    assertEquals(ImageCheck.Reason.NOT_AN_IMAGE, check("GIF89a\u0001\u0000").refused());
    byte[] png = picture("png", 8, 8);
    assertEquals(
        ImageCheck.Reason.NOT_AN_IMAGE,
        ImageCheck.check(Arrays.copyOf(png, png.length - 20)).refused());
    assertEquals(ImageCheck.Reason.EMPTY, ImageCheck.check(new byte[0]).refused());
    assertFalse(check("<html><body>hi</body></html>").ok(), "XML that is not an SVG");
  }
}
