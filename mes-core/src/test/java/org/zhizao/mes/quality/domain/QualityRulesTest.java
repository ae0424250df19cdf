package org.zhizao.mes.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhizao.mes.shared.domain.Decision;

/** Sampling, specifications, physical ranges, the NCR workflow, Pareto, rates and identifiers. */
class QualityRulesTest {

    @Test
    void samplingRulesAskForResultsByUnitsMade() {
        assertThat(new SamplingRule(SamplingRule.Kind.FIRST_PIECE, 0).requiredResults(25)).isEqualTo(1);
        assertThat(new SamplingRule(SamplingRule.Kind.EVERY_NTH, 10).requiredResults(25)).isEqualTo(2);
        assertThat(new SamplingRule(SamplingRule.Kind.EVERY_NTH, 10).requiredResults(3)).isEqualTo(1);
        assertThat(new SamplingRule(SamplingRule.Kind.N_PER_LOT, 5).requiredResults(3)).isEqualTo(3);
        assertThat(new SamplingRule(SamplingRule.Kind.ALL, 0).requiredResults(25)).isEqualTo(25);
        assertThat(new SamplingRule(SamplingRule.Kind.EVERY_NTH, 3).describe()).isEqualTo("every 3rd unit");
    }

    @Test
    void completionIsRejectedNamingTheFirstMissingInspection() {
        Decision decision = RequiredInspection.allRecorded("PO-1-10", 20, List.of(
                new RequiredInspection("D1", new SamplingRule(SamplingRule.Kind.FIRST_PIECE, 0), 1),
                new RequiredInspection("D2", new SamplingRule(SamplingRule.Kind.EVERY_NTH, 10), 1)));
        assertThat(decision).isEqualTo(Decision.rejected("operation PO-1-10 cannot complete: inspection of D2 "
                + "(every 10th unit) needs 2 results, 1 recorded"));
    }

    @Test
    void aValueOutsideThePhysicalRangeOfItsUnitIsRefused() {
        assertThat(PhysicalUnits.possible(-3, "mm").isAllowed()).isFalse();
        assertThat(PhysicalUnits.possible(-300, "°C").isAllowed()).isFalse();
        assertThat(PhysicalUnits.possible(Double.NaN, "mm").isAllowed()).isFalse();
        assertThat(PhysicalUnits.possible(40.01, "mm").isAllowed()).isTrue();
    }

    @Test
    void anInconsistentSpecificationIsDescribed() {
        assertThat(Specification.problems("D1", 40.0, 40.1, 39.9, "mm")).containsExactly(
                "characteristic D1: lsl 40.1 must be below usl 39.9",
                "characteristic D1: nominal 40.0 must lie between lsl and usl");
        assertThat(Specification.problems("D1", 40.0, 39.9, 40.1, "furlong")).singleElement()
                .asString().contains("unit 'furlong' is not known");
    }

    @Test
    void useAsIsWaitsForApprovalTheOtherDispositionsDoNot() {
        assertThat(NcrRules.afterDisposition(Disposition.USE_AS_IS)).isEqualTo(NcrStatus.AWAITING_APPROVAL);
        assertThat(NcrRules.afterDisposition(Disposition.REWORK)).isEqualTo(NcrStatus.DISPOSITIONED);
        assertThat(NcrRules.disposition("NCR-1", NcrStatus.CLOSED, Disposition.SCRAP)).isEqualTo(Decision.rejected(
                "NCR NCR-1 cannot be dispositioned as scrap: it is closed (only possible when open)"));
        assertThat(NcrRules.closing("NCR-1", NcrStatus.AWAITING_APPROVAL).isAllowed()).isFalse();
    }

    @Test
    void paretoSortsLargestFirstWithCumulativeShare() {
        List<Pareto.Bar> bars = Pareto.of(Map.of("A", 2L, "B", 6L, "C", 2L));
        assertThat(bars).extracting(Pareto.Bar::key).containsExactly("B", "A", "C");
        assertThat(bars.get(0).share()).isCloseTo(0.6, within(1e-9));
        assertThat(bars.get(1).cumulativeShare()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void firstPassYieldCountsAScrappedDefectiveUnitOnce() {
        // 100 made, 4 scrapped and 6 found defective (the 4 scrapped among them): 94 passed the first time
        QualityRates rates = QualityRates.of(List.of(new QualityRates.OperationCounts(96, 4, 6)));
        assertThat(rates.firstPassYield()).isCloseTo(0.94, within(1e-9));
        assertThat(rates.scrapRatio()).isCloseTo(0.04, within(1e-9));
        assertThat(rates.defectRate()).isCloseTo(0.06, within(1e-9));
    }

    @Test
    void identifiersParseAndFormatInHandleSyntax() {
        Identifier id = Identifier.next("88.123.1", "F1", 2026, 123);
        assertThat(id.toString()).isEqualTo("88.123.1/ZZ-F1-2026-000123");
        assertThat(Identifier.parse("88.123.1/ZZ-F1-2026-000123")).isEqualTo(id);
        assertThatThrownBy(() -> Identifier.parse("ZZ-F1-2026-000123")).hasMessageContaining("<prefix>/<suffix>");
        assertThatThrownBy(() -> Identifier.parse("88.abc/X")).hasMessageContaining("dot-separated numbers");
    }

    @Test
    void defectCodesNameTheirParent() {
        assertThat(DefectCodes.parentOf("SURF.SCRATCH")).isEqualTo("SURF");
        assertThat(DefectCodes.parentOf("SURF")).isNull();
        assertThat(DefectCodes.wellFormed("surf scratch").isAllowed()).isFalse();
        assertThat(DefectCodes.isUnder("SURF.SCRATCH", "SURF")).isTrue();
        assertThat(DefectCodes.isUnder("SURFACE", "SURF")).isFalse();
    }
}
