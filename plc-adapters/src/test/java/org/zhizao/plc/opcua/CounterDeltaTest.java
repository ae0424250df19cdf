package org.zhizao.plc.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CounterDeltaTest {

  @Test
  void theFirstReadingIsTheBaselineAndCountsNothing() {
    CounterDelta counter = new CounterDelta(32);
    assertThat(counter.next(1_000)).isZero();
    assertThat(counter.next(1_003)).isEqualTo(3);
  }

  @Test
  void partsMadeDuringAnOutageAreCountedOnTheFirstReadingAfterIt() {
    CounterDelta counter = new CounterDelta(32);
    counter.next(10);
    assertThat(counter.next(17)).isEqualTo(7);
    assertThat(counter.next(17)).isZero(); // re-read after reconnect: nothing doubled
  }

  @Test
  void aUInt32CounterWrappingPast2To32CountsTheStepsAcrossTheWrap() {
    // PLC DWORD counters roll over to 0 after 4294967295
    CounterDelta counter = new CounterDelta(32);
    counter.next(4_294_967_290L);
    assertThat(counter.next(3)).isEqualTo(9);
  }

  @Test
  void aCounterThatDropsFromMidRangeWasResetAndCountsFromZero() {
    CounterDelta counter = new CounterDelta(32);
    counter.next(5_000);
    assertThat(counter.next(4)).isEqualTo(4);
    assertThat(counter.next(6)).isEqualTo(2);
  }

  @Test
  void aSeededBaselineCountsPartsMadeWhileTheMesWasDown() {
    CounterDelta counter = new CounterDelta(16);
    counter.seed(65_530);
    assertThat(counter.next(2)).isEqualTo(8);
  }
}
