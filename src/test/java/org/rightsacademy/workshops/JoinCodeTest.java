package org.rightsacademy.workshops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Join codes a trainer can read out to a room, and that people can type as they hear them. */
class JoinCodeTest {

  @Test
  void codesHaveEightCharactersWithoutLookAlikes() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String code = JoinCode.generate();
      assertEquals(8, code.length());
      assertTrue(code.chars().noneMatch(c -> "01ILOZ25SB86G".indexOf(c) >= 0), code);
      seen.add(code);
    }
    assertTrue(seen.size() > 1_990, "codes do not repeat in practice");
  }

  @Test
  void typedCodesAreReadTheWayPeopleTypeThem() {
    assertEquals(Optional.of("KD7RMXQ4"), JoinCode.normalize("kd7r-mxq4"));
    assertEquals(Optional.of("KD7RMXQ4"), JoinCode.normalize(" KD7R MXQ4 "));
    assertEquals(Optional.of("KD7RMXQ4"), JoinCode.normalize("KD7R–MXQ4"));
    assertEquals(Optional.empty(), JoinCode.normalize("KD7R-MXQ"), "too short");
    assertEquals(Optional.empty(), JoinCode.normalize("KD7R-MXQ0"), "0 is never used");
    assertEquals(Optional.empty(), JoinCode.normalize("<script>"));
    assertEquals(Optional.empty(), JoinCode.normalize(null));
    assertEquals("KD7R-MXQ4", JoinCode.display("KD7RMXQ4"));
  }
}
