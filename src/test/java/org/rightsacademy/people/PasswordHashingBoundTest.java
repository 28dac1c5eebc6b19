package org.rightsacademy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every password hash the server computes waits its turn in {@link LoginCapacity}, which keeps half
 * the cores for the pages: a hash or check written anywhere else in the code (as a participant list
 * once hashed on every core with a parallel stream) fails this test.
 */
class PasswordHashingBoundTest {

  @Test
  void everyPasswordHashGoesThroughTheBoundedCapacity() throws IOException {
    List<String> unbounded = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
      for (Path source :
          sources
              .filter(p -> p.toString().endsWith(".java") && !p.endsWith("PasswordHasher.java"))
              .toList()) {
        List<String> lines = Files.readAllLines(source);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          boolean hashes =
              line.contains("PasswordHasher.hash")
                  || line.contains("PasswordHasher::hash")
                  || line.contains("PasswordHasher.verify")
                  || line.contains("PasswordHasher::verify");
          // The sign-in's decoy hash is computed once, when the class loads: not per request. The
          // formatter may break "capacity.hashing(" after "capacity": the line before counts too.
          String withPrevious = (i > 0 ? lines.get(i - 1).strip() : "") + line.strip();
          boolean bounded =
              withPrevious.contains("capacity.hashing")
                  || line.contains("static final String DECOY");
          if (hashes && !bounded) {
            unbounded.add(source + ":" + (i + 1) + ": " + line.strip());
          }
          if (line.contains("parallelStream") || line.contains(".parallel()")) {
            unbounded.add(
                source
                    + ":"
                    + (i + 1)
                    + ": "
                    + line.strip()
                    + " (parallel streams take every core)");
          }
        }
      }
    }
    assertEquals(List.of(), unbounded);
  }
}
