package org.rightsacademy.catalog;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * What an uploaded picture really is, read from its bytes and never from its name or declared type:
 * a PNG, JPEG or WebP by its header and dimensions, an SVG by parsing it as XML with {@link
 * SvgCheck}. Anything else, or a file larger than {@link #MAX_BYTES} or wider or taller than {@link
 * #MAX_SIDE} pixels, is refused with the reason.
 */
public final class ImageCheck {

  /** The largest picture a lesson may carry, in bytes (2 MB). */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /** The widest and tallest a raster picture may be, in pixels. */
  public static final int MAX_SIDE = 8_000;

  /** The formats a lesson may show, with the file extension and content type each is served as. */
  public enum Format {
    PNG("png", "image/png"),
    JPEG("jpg", "image/jpeg"),
    WEBP("webp", "image/webp"),
    SVG("svg", "image/svg+xml");

    private final String extension;
    private final String contentType;

    Format(String extension, String contentType) {
      this.extension = extension;
      this.contentType = contentType;
    }

    public String extension() {
      return extension;
    }

    public String contentType() {
      return contentType;
    }
  }

  /** Why a picture is refused. */
  public enum Reason {
    EMPTY,
    TOO_LARGE,
    NOT_AN_IMAGE,
    DIMENSIONS,
    UNSAFE_SVG
  }

  /** The verdict: a format (and size, 0 for an SVG) or the reason it is refused. */
  public record Result(Format format, int width, int height, Reason refused, String detail) {
    public boolean ok() {
      return refused == null;
    }

    static Result refused(Reason reason, String detail) {
      return new Result(null, 0, 0, reason, detail);
    }
  }

  private ImageCheck() {}

  /** Reads the bytes and says what they are. */
  public static Result check(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return Result.refused(Reason.EMPTY, "no bytes");
    }
    if (bytes.length > MAX_BYTES) {
      return Result.refused(Reason.TOO_LARGE, bytes.length + " bytes");
    }
    Optional<Result> raster = png(bytes).or(() -> jpeg(bytes)).or(() -> webp(bytes));
    if (raster.isPresent()) {
      Result result = raster.get();
      if (result.ok()
          && (result.width() < 1
              || result.height() < 1
              || result.width() > MAX_SIDE
              || result.height() > MAX_SIDE)) {
        return Result.refused(Reason.DIMENSIONS, result.width() + " × " + result.height());
      }
      return result;
    }
    if (looksLikeXml(bytes)) {
      Optional<String> problem = SvgCheck.problem(bytes);
      return problem.isEmpty()
          ? new Result(Format.SVG, 0, 0, null, null)
          : Result.refused(Reason.UNSAFE_SVG, problem.get());
    }
    return Result.refused(Reason.NOT_AN_IMAGE, "not a PNG, JPEG, WebP or SVG file");
  }

  /** Whether a stored file is a picture a lesson may show, in the format its name says. */
  public static Optional<Format> servable(String path, byte[] bytes) {
    Result result = check(bytes);
    if (!result.ok()) {
      return Optional.empty();
    }
    String name = path.toLowerCase(java.util.Locale.ROOT);
    boolean named =
        name.endsWith("." + result.format().extension())
            || (result.format() == Format.JPEG && name.endsWith(".jpeg"));
    return named ? Optional.of(result.format()) : Optional.empty();
  }

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** The signature, then the IHDR chunk first, which holds width and height. */
  private static Optional<Result> png(byte[] b) {
    if (!startsWith(b, PNG_SIGNATURE, 0)) {
      return Optional.empty();
    }
    if (b.length < 33 || !startsWith(b, new byte[] {'I', 'H', 'D', 'R'}, 12)) {
      return Optional.of(Result.refused(Reason.NOT_AN_IMAGE, "a PNG without its header"));
    }
    ByteBuffer buffer = ByteBuffer.wrap(b).order(ByteOrder.BIG_ENDIAN);
    int width = buffer.getInt(16);
    int height = buffer.getInt(20);
    if (!startsWith(b, new byte[] {'I', 'E', 'N', 'D'}, b.length - 8)) {
      return Optional.of(Result.refused(Reason.NOT_AN_IMAGE, "a PNG cut short"));
    }
    return Optional.of(new Result(Format.PNG, width, height, null, null));
  }

  /** SOI, then segments up to a start-of-frame marker, which holds height and width. */
  private static Optional<Result> jpeg(byte[] b) {
    if (b.length < 4 || (b[0] & 0xff) != 0xff || (b[1] & 0xff) != 0xd8) {
      return Optional.empty();
    }
    int at = 2;
    while (at + 4 <= b.length) {
      if ((b[at] & 0xff) != 0xff) {
        break;
      }
      int marker = b[at + 1] & 0xff;
      if (marker == 0xff) {
        at++;
        continue;
      }
      int length = ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
      boolean frame =
          marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
      if (frame && at + 9 <= b.length) {
        int height = ((b[at + 5] & 0xff) << 8) | (b[at + 6] & 0xff);
        int width = ((b[at + 7] & 0xff) << 8) | (b[at + 8] & 0xff);
        return Optional.of(new Result(Format.JPEG, width, height, null, null));
      }
      if (length < 2) {
        break;
      }
      at += 2 + length;
    }
    return Optional.of(Result.refused(Reason.NOT_AN_IMAGE, "a JPEG without a frame header"));
  }

  /** RIFF....WEBP, then a VP8, VP8L or VP8X chunk, each with its own way to give the size. */
  private static Optional<Result> webp(byte[] b) {
    if (!startsWith(b, new byte[] {'R', 'I', 'F', 'F'}, 0)
        || !startsWith(b, new byte[] {'W', 'E', 'B', 'P'}, 8)) {
      return Optional.empty();
    }
    if (b.length < 30) {
      return Optional.of(Result.refused(Reason.NOT_AN_IMAGE, "a WebP cut short"));
    }
    String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
    int width;
    int height;
    switch (chunk) {
      case "VP8 " -> {
        if ((b[23] & 0xff) != 0x9d || (b[24] & 0xff) != 0x01 || (b[25] & 0xff) != 0x2a) {
          return Optional.of(Result.refused(Reason.NOT_AN_IMAGE, "a WebP without its frame tag"));
        }
        width = (((b[27] & 0xff) << 8) | (b[26] & 0xff)) & 0x3fff;
        height = (((b[29] & 0xff) << 8) | (b[28] & 0xff)) & 0x3fff;
      }
      case "VP8L" -> {
        if ((b[20] & 0xff) != 0x2f) {
          return Optional.of(Result.refused(Reason.NOT_AN_IMAGE, "a WebP without its signature"));
        }
        int bits =
            (b[21] & 0xff) | (b[22] & 0xff) << 8 | (b[23] & 0xff) << 16 | (b[24] & 0xff) << 24;
        width = (bits & 0x3fff) + 1;
        height = ((bits >>> 14) & 0x3fff) + 1;
      }
      case "VP8X" -> {
        width = 1 + ((b[24] & 0xff) | (b[25] & 0xff) << 8 | (b[26] & 0xff) << 16);
        height = 1 + ((b[27] & 0xff) | (b[28] & 0xff) << 8 | (b[29] & 0xff) << 16);
      }
      default -> {
        return Optional.of(Result.refused(Reason.NOT_AN_IMAGE, "a WebP of unknown kind"));
      }
    }
    return Optional.of(new Result(Format.WEBP, width, height, null, null));
  }

  /** An XML declaration, a comment or an element first (after a BOM and whitespace). */
  private static boolean looksLikeXml(byte[] b) {
    int at = 0;
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      at = 3;
    } else if (b.length >= 2 && ((b[0] & 0xff) == 0xfe || (b[0] & 0xff) == 0xff)) {
      return true; // UTF-16 with a BOM: the parser reads it, and judges it
    }
    while (at < b.length && Character.isWhitespace(b[at])) {
      at++;
    }
    return at < b.length && b[at] == '<';
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix, int offset) {
    if (offset < 0 || bytes.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
