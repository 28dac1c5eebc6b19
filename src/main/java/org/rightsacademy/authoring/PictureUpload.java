package org.rightsacademy.authoring;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import org.omnifaces.util.Messages;
import org.rightsacademy.catalog.ImageCheck;

/**
 * A picture file chosen in the lesson editor, read and checked by what its bytes are; a refusal is
 * a message beside the file field, and nothing is stored.
 */
final class PictureUpload {

  static final String FIELD = "image:file";

  /** A file that is a picture: its bytes and what they are. */
  record Checked(byte[] bytes, ImageCheck.Format format) {}

  private PictureUpload() {}

  /** The chosen file if it is a safe picture; otherwise says why beside the field. */
  static Optional<Checked> read(Part file, LongFunction<String> kilobytes) {
    if (file == null || file.getSize() == 0) {
      Messages.addError(FIELD, "author.image.none");
      return Optional.empty();
    }
    if (file.getSize() > ImageCheck.MAX_BYTES) {
      Messages.addError(FIELD, "author.image.too_large", kilobytes.apply(file.getSize()));
      return Optional.empty();
    }
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readNBytes(ImageCheck.MAX_BYTES + 1);
    } catch (IOException e) {
      Messages.addError(FIELD, "author.image.unreadable");
      return Optional.empty();
    }
    ImageCheck.Result checked = ImageCheck.check(bytes);
    if (!checked.ok()) {
      Messages.addError(
          FIELD,
          "author.image.refused." + checked.refused().name().toLowerCase(Locale.ROOT),
          checked.refused() == ImageCheck.Reason.TOO_LARGE
              ? kilobytes.apply(bytes.length)
              : checked.detail());
      return Optional.empty();
    }
    return Optional.of(new Checked(bytes, checked.format()));
  }
}
