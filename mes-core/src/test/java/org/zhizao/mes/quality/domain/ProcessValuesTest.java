package org.zhizao.mes.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Summarising the minute buckets of machine signals into an operation's process values. */
class ProcessValuesTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private static ProcessValues.Minute minute(String signal, int offset, int samples, double min, double max,
            double mean, double last) {
        return new ProcessValues.Minute("P1/F1/W1/L1/S01/CNC", signal, "%", T0.plusSeconds(60L * offset), samples, min,
                max, mean, last);
    }

    @Test
    void theWindowStartsWithTheMinuteBucketHoldingTheStart() {
        assertThat(ProcessValues.firstBucket(Instant.parse("2026-03-02T08:03:41.250Z")))
                .isEqualTo(Instant.parse("2026-03-02T08:03:00Z"));
    }

    @Test
    void minimumAndMaximumAreTheExtremesOfAllMinutes() {
        List<ProcessValues.Minute> minutes = List.of(minute("spindleLoad", 0, 10, 40, 60, 50, 55),
                minute("spindleLoad", 1, 10, 35, 80, 60, 70));
        assertThat(ProcessValues.min(minutes)).isEqualTo(35);
        assertThat(ProcessValues.max(minutes)).isEqualTo(80);
    }

    @Test
    void theMeanWeighsEachMinuteByItsSamples() {
        // 30 samples averaging 50 and 10 averaging 90: (1500 + 900) / 40 = 60, not the plain 70
        List<ProcessValues.Minute> minutes = List.of(minute("spindleLoad", 0, 30, 40, 60, 50, 55),
                minute("spindleLoad", 1, 10, 80, 95, 90, 85));
        assertThat(ProcessValues.mean(minutes)).isCloseTo(60, within(1e-9));
        assertThat(ProcessValues.count(minutes)).isEqualTo(40);
    }

    @Test
    void theLastValueIsThatOfTheLatestMinute() {
        List<ProcessValues.Summary> summaries = ProcessValues.summarise(List.of(
                minute("spindleLoad", 2, 5, 10, 20, 15, 12), minute("spindleLoad", 0, 5, 10, 20, 15, 18)));
        assertThat(summaries).singleElement().satisfies(s -> {
            assertThat(s.last()).isEqualTo(12);
            assertThat(s.firstMinute()).isEqualTo(T0);
            assertThat(s.lastMinute()).isEqualTo(T0.plusSeconds(120));
        });
    }

    @Test
    void eachSignalOfEachDeviceIsSummarisedApart() {
        List<ProcessValues.Summary> summaries = ProcessValues.summarise(List.of(
                minute("spindleLoad", 0, 5, 10, 20, 15, 12), minute("power", 0, 5, 4, 6, 5, 5),
                new ProcessValues.Minute("P1/F1/W1/L1/S01/EM", "power", "kW", T0, 60, 5, 7, 6, 6)));
        assertThat(summaries).extracting(s -> s.equipmentCode() + " " + s.signal() + " " + s.unit()).containsExactly(
                "P1/F1/W1/L1/S01/CNC power %", "P1/F1/W1/L1/S01/CNC spindleLoad %", "P1/F1/W1/L1/S01/EM power kW");
    }

    @Test
    void noMinutesGiveNoProcessValues() {
        assertThat(ProcessValues.summarise(List.of())).isEmpty();
    }
}
