package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClientBudgetTest {

  private static final Instant NINE = Instant.parse("2026-12-06T09:00:00Z");

  @Test
  void anAddressGetsItsRequestsPerMinuteAndNoMore() {
    ClientBudget budget = new ClientBudget("test", 3, SharedStates.inMemory());
    long admitted =
        IntStream.range(0, 5)
            .filter(i -> budget.admit("192.0.2.1", NINE.plusSeconds(10 + i)))
            .count();
    assertEquals(3, admitted);
    assertTrue(budget.admit("192.0.2.2", NINE.plusSeconds(20)), "another address counts apart");
  }

  @Test
  void theNextMinuteStartsAgain() {
    ClientBudget budget = new ClientBudget("test", 1, SharedStates.inMemory());
    assertTrue(budget.admit("192.0.2.1", NINE.plusSeconds(59)));
    assertFalse(budget.admit("192.0.2.1", NINE.plusSeconds(59)));
    assertTrue(budget.admit("192.0.2.1", NINE.plusSeconds(60)));
  }

  @Test
  void countsOfPastMinutesAreSwept() {
    SharedStates states = SharedStates.inMemory();
    ClientBudget budget = new ClientBudget("test", 10, states);
    budget.admit("192.0.2.1", NINE);
    budget.admit("192.0.2.2", NINE);
    assertEquals(2, states.count("test"));
    budget.admit("192.0.2.3", NINE.plusSeconds(6 * 60));
    assertEquals(1, states.count("test"), "the sweep left only this minute's count");
  }
}
