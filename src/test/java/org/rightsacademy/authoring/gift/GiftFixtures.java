package org.rightsacademy.authoring.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The GIFT files under {@code src/test/resources/gift}, written from Moodle's documented syntax.
 */
final class GiftFixtures {

  private GiftFixtures() {}

  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(Path.of("src/test/resources/gift", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return GiftFile.decode(bytes(name)).text();
  }

  /** The questions of a fixture that must read without a problem. */
  static List<GiftQuestion> clean(String name) {
    GiftRead read = new GiftReader().read(text(name));
    assertEquals(List.of(), read.problems(), name);
    return read.questions();
  }

  /** The question titled {@code title}, of the type expected. */
  static <T extends GiftQuestion> T titled(
      List<GiftQuestion> questions, String title, Class<T> type) {
    GiftQuestion found =
        questions.stream()
            .filter(q -> q.header().title().equals(title))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no question titled " + title));
    return assertInstanceOf(type, found, title);
  }
}
