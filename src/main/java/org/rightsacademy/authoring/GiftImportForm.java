package org.rightsacademy.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.rightsacademy.authoring.gift.GiftFile;
import org.rightsacademy.authoring.gift.GiftReader;

/**
 * The quiz editor's GIFT import form: pasted text or an uploaded file, the character set (detected
 * or chosen), the source of untitled questions, all-or-nothing or lenient, and the preview of what
 * an import would do. The file's bytes are kept between the preview and the import, so the trainer
 * can change the character set without uploading again; the import reads them again exactly as the
 * preview did.
 */
public class GiftImportForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest file or paste taken, in bytes or characters. */
  static final int MAX_SIZE = 2 * 1024 * 1024;

  /** How many questions the preview shows. */
  static final int PREVIEW_SIZE = 20;

  /** The character sets a trainer can choose, by the names the form posts. */
  static final Map<String, Charset> CHARSETS =
      Map.of(
          "utf-8", StandardCharsets.UTF_8,
          "utf-16", StandardCharsets.UTF_16,
          "windows-1252", GiftFile.WINDOWS_1252,
          "iso-8859-1", StandardCharsets.ISO_8859_1);

  private String text;
  private transient jakarta.servlet.http.Part file;
  private byte[] bytes;
  private String fileName;
  private String charset = "";
  private String readAs;
  private boolean replaced;
  private String source;
  private String mode = "strict";
  private GiftImport.Result preview;

  /**
   * Takes the file just uploaded (kept as bytes; the upload itself is not kept past the request) or
   * the pasted text, else what was taken before. Why the input cannot be read at all: a bundle key,
   * or null when it can.
   */
  String take() {
    if (file != null && file.getSize() > 0) {
      if (file.getSize() > MAX_SIZE) {
        file = null;
        bytes = null;
        return "author.gift.too_large";
      }
      try (InputStream in = file.getInputStream()) {
        bytes = in.readAllBytes();
        fileName = file.getSubmittedFileName();
      } catch (IOException e) {
        return "author.gift.unreadable";
      } finally {
        file = null;
      }
      text = null;
    } else if (text != null && !text.isBlank()) {
      bytes = null;
      fileName = null;
    }
    if (bytes == null && (text == null || text.isBlank())) {
      return "author.gift.empty";
    }
    if (bytes == null && text.length() > MAX_SIZE) {
      return "author.gift.too_large";
    }
    return null;
  }

  /** The text to read: the paste, or the file's bytes in the chosen or detected character set. */
  String decoded() {
    if (bytes == null) {
      readAs = null;
      replaced = false;
      return text;
    }
    Charset chosen = CHARSETS.get(charset == null ? "" : charset);
    GiftFile.Decoded decoded =
        chosen == null ? GiftFile.decode(bytes) : GiftFile.decode(bytes, chosen);
    readAs = decoded.charset().displayName();
    replaced = decoded.replaced();
    return decoded.text();
  }

  /** Reads the input for a quiz, as the preview and the import both do. */
  GiftImport.Result read(String quiz, Predicate<String> idTaken) {
    return GiftImport.of(new GiftReader().read(decoded()), quiz, source, idTaken);
  }

  void forget() {
    text = null;
    bytes = null;
    fileName = null;
    preview = null;
    charset = "";
  }

  public boolean isLenient() {
    return "lenient".equals(mode);
  }

  public List<GiftImport.Item> getShown() {
    return preview == null
        ? List.of()
        : preview.items().subList(0, Math.min(PREVIEW_SIZE, preview.items().size()));
  }

  public int getMore() {
    return preview == null ? 0 : Math.max(0, preview.items().size() - PREVIEW_SIZE);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public jakarta.servlet.http.Part getFile() {
    return file;
  }

  public void setFile(jakarta.servlet.http.Part file) {
    this.file = file;
  }

  public String getFileName() {
    return fileName;
  }

  public String getCharset() {
    return charset;
  }

  public void setCharset(String charset) {
    this.charset = charset;
  }

  public List<String> getCharsets() {
    return List.of("utf-8", "utf-16", "windows-1252", "iso-8859-1");
  }

  public String getReadAs() {
    return readAs;
  }

  public boolean isReplaced() {
    return replaced;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = "lenient".equals(mode) ? "lenient" : "strict";
  }

  public GiftImport.Result getPreview() {
    return preview;
  }

  void setPreview(GiftImport.Result preview) {
    this.preview = preview;
  }
}
