package org.rightsacademy.authoring.gift;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A GIFT file's bytes as text. Moodle only takes UTF-8; trainers' files also come as UTF-16 with a
 * byte-order mark (Notepad's "Unicode") and as Windows-1252 (older Windows editors and Word), so
 * those are recognised, or the trainer names the character set.
 */
public final class GiftFile {

  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * The text, the character set it was read in, and whether bytes that set cannot read were
   * replaced (only possible with a character set the trainer chose).
   */
  public record Decoded(String text, Charset charset, boolean replaced) {}

  private GiftFile() {}

  /**
   * Reads the bytes in the character set their byte-order mark names; else UTF-8 when they are
   * valid UTF-8; else Windows-1252, or ISO-8859-1 for the five bytes Windows-1252 leaves undefined.
   * Line ends become {@code \n}.
   */
  public static Decoded decode(byte[] bytes) {
    Charset bom = byBom(bytes);
    if (bom != null) {
      return decode(bytes, bom);
    }
    for (Charset charset :
        new Charset[] {StandardCharsets.UTF_8, WINDOWS_1252, StandardCharsets.ISO_8859_1}) {
      String text = strictly(bytes, charset);
      if (text != null) {
        return new Decoded(normalised(text), charset, false);
      }
    }
    throw new AssertionError("ISO-8859-1 reads every byte");
  }

  /** Reads the bytes in the character set the trainer chose, skipping its byte-order mark. */
  public static Decoded decode(byte[] bytes, Charset charset) {
    String text = strictly(bytes, charset);
    boolean replaced = text == null;
    if (replaced) {
      text = new String(bytes, charset);
    }
    return new Decoded(normalised(text), charset, replaced);
  }

  /** The text as a file Moodle imports: UTF-8 without a byte-order mark. */
  public static byte[] encode(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Charset byBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** The text, or null when a byte does not belong to the character set. */
  private static String strictly(byte[] bytes, Charset charset) {
    try {
      CharBuffer chars =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Without a byte-order mark, and with every line ending in {@code \n}. */
  static String normalised(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return t.replace("\r\n", "\n").replace('\r', '\n');
  }
}
