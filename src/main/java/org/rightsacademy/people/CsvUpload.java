package org.rightsacademy.people;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.omnifaces.util.Messages;

/**
 * An uploaded CSV file read as text: present, within {@link #MAX_BYTES}, strictly UTF-8. Anything
 * else is said on the page (at the given field) and gives nothing, so nothing is imported.
 */
public final class CsvUpload {

  /** About 5,000 rows of generous width; an upload is read into memory whole. */
  public static final long MAX_BYTES = 1_048_576;

  private CsvUpload() {}

  public static Optional<String> read(Part file, String clientId) {
    if (file == null || file.getSize() == 0) {
      Messages.addError(clientId, "import.no_file");
      return Optional.empty();
    }
    if (file.getSize() > MAX_BYTES) {
      Messages.addError(clientId, "import.too_large", MAX_BYTES / 1024);
      return Optional.empty();
    }
    try (InputStream in = file.getInputStream()) {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(in.readAllBytes()))
              .toString());
    } catch (CharacterCodingException e) {
      Messages.addError(clientId, "import.not_utf8");
    } catch (IOException e) {
      Messages.addError(clientId, "import.unreadable");
    }
    return Optional.empty();
  }
}
