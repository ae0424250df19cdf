package org.zhizao.mes.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Each ISO 22400-2 formula against a shift computed by hand: PBT 8 h, APT 6 h, ASUT 0.5 h, ADET 1 h in two
 * failures, PQ 400 of which SQ 8 and RQ 4, an ideal cycle time of 45 s (PRI × PQ = 5 h), 120 kWh.
 */
class KpisTest {

    static KpiInputs shift() {
        return new KpiInputs(Duration.ofHours(8), Duration.ofHours(6), Duration.ofMinutes(30), Duration.ofHours(1),
                2, 400, 8, 4, Duration.ofSeconds(400 * 45), 120, 400);
    }

    private final Kpis kpis = Kpis.of(shift());

    @Test
    void availabilityIsProductionTimeOverPlannedBusyTime() {
        assertThat(kpis.availability()).isCloseTo(6.0 / 8, within(1e-12)); // ISO 22400-2 §5.3.5
    }

    @Test
    void effectivenessIsPlannedRunTimeOfTheOutputOverProductionTime() {
        assertThat(kpis.effectiveness()).isCloseTo(5.0 / 6, within(1e-12));
    }

    @Test
    void qualityRatioIsGoodOverProduced() {
        assertThat(kpis.qualityRatio()).isCloseTo(392.0 / 400, within(1e-12));
    }

    @Test
    void oeeIsTheProductOfAvailabilityEffectivenessAndQuality() {
        assertThat(kpis.oee()).isCloseTo(0.75 * (5.0 / 6) * 0.98, within(1e-12)); // 0.6125
        assertThat(kpis.oee()).isCloseTo(0.6125, within(1e-12));
    }

    @Test
    void scrapRatioIsScrapOverProduced() {
        assertThat(kpis.scrapRatio()).isCloseTo(0.02, within(1e-12));
    }

    @Test
    void firstPassYieldLeavesOutScrapAndRework() {
        assertThat(kpis.firstPassYield()).isCloseTo(388.0 / 400, within(1e-12));
    }

    @Test
    void throughputIsPartsPerHourOfOrderExecution() {
        assertThat(kpis.throughputPerHour()).isCloseTo(400 / 7.5, within(1e-9)); // APT + ASUT + ADET = 7.5 h
    }

    @Test
    void setupRatioIsSetupOverProcessingTime() {
        assertThat(kpis.setupRatio()).isCloseTo(0.5 / 6.5, within(1e-12));
    }

    @Test
    void mtbfSharesProductionTimeAmongTheSpansBetweenFailures() {
        assertThat(kpis.mtbf()).isEqualTo(Duration.ofHours(2)); // 6 h over FE + 1 = 3 spans
    }

    @Test
    void mttrIsDelayTimeOverFailures() {
        assertThat(kpis.mttr()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void energyPerGoodUnitIsKwhOverGoodParts() {
        assertThat(kpis.energyPerGoodUnitKwh()).isCloseTo(120.0 / 392, within(1e-12));
    }

    @Test
    void aWindowWithoutPlannedTimeHasNoAvailabilityAndNoOee() {
        Kpis sunday = Kpis.of(new KpiInputs(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0, 0, 0, 0,
                Duration.ZERO, 0, 0));
        assertThat(sunday.availability()).isNull();
        assertThat(sunday.oee()).isNull();
        assertThat(sunday.qualityRatio()).isNull();
        assertThat(sunday.energyPerGoodUnitKwh()).isNull();
        assertThat(sunday.mttr()).isNull();
        assertThat(sunday.mtbf()).isEqualTo(Duration.ZERO);
    }

    @Test
    void plannedTimeWithoutOutputIsAnOeeOfZeroButNoQualityRatio() {
        Kpis idle = Kpis.of(new KpiInputs(Duration.ofHours(8), Duration.ZERO, Duration.ZERO, Duration.ofHours(8), 1,
                0, 0, 0, Duration.ZERO, 3.2, 0));
        assertThat(idle.availability()).isEqualTo(0.0);
        assertThat(idle.effectiveness()).isNull();
        assertThat(idle.qualityRatio()).isNull();
        assertThat(idle.oee()).isEqualTo(0.0);
        assertThat(idle.energyPerGoodUnitKwh()).as("energy but no good part").isNull();
        assertThat(idle.mttr()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void partsCountedWithoutRunningTimeStillGiveAnOee() {
        Kpis k = Kpis.of(new KpiInputs(Duration.ofHours(1), Duration.ZERO, Duration.ZERO, Duration.ZERO, 0, 2, 0, 0,
                Duration.ofSeconds(90), 0, 2));
        assertThat(k.effectiveness()).isNull();
        assertThat(k.oee()).isCloseTo(90.0 / 3600, within(1e-12));
    }

    @Test
    void withoutFailuresMtbfIsTheWholeProductionTimeAndMttrUndefined() {
        Kpis steady = Kpis.of(new KpiInputs(Duration.ofHours(8), Duration.ofHours(7), Duration.ZERO, Duration.ZERO, 0,
                500, 0, 0, Duration.ofHours(7), 90, 0));
        assertThat(steady.mtbf()).isEqualTo(Duration.ofHours(7));
        assertThat(steady.mttr()).isNull();
        assertThat(steady.qualityRatio()).isEqualTo(1.0);
    }

    @Test
    void stationsRollUpBySummingTheirElementsNotByAveragingTheirKpis() {
        KpiInputs fast = new KpiInputs(Duration.ofHours(8), Duration.ofHours(8), Duration.ZERO, Duration.ZERO, 0, 800,
                0, 0, Duration.ofHours(8), 100, 800);
        KpiInputs down = new KpiInputs(Duration.ofHours(8), Duration.ZERO, Duration.ZERO, Duration.ofHours(8), 1, 0, 0,
                0, Duration.ZERO, 5, 0);
        Kpis line = Kpis.of(fast.plus(down));
        assertThat(line.availability()).isEqualTo(0.5);
        assertThat(line.oee()).isEqualTo(0.5);
        assertThat(line.energyPerGoodUnitKwh()).isCloseTo(105.0 / 800, within(1e-12));
    }

    @Test
    void scrapBeyondTheProducedPartsIsRefused() {
        assertThatThrownBy(() -> new KpiInputs(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0, 3, 4, 0,
                Duration.ZERO, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
