package org.zhizao.mes.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhizao.mes.shared.domain.Decision;

/** Editing specifications, and retiring plans, characteristics and defect codes instead of deleting them. */
class RetirementTest {

    private static final Instant RETIRED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Specification BORE = new Specification(40.0, 39.95, 40.05, "mm");

    @Test
    void somethingIsRetiredOnlyOnce() {
        assertThat(Retirement.retiring("characteristic D1", null).isAllowed()).isTrue();
        assertThat(Retirement.retiring("characteristic D1", RETIRED)).isEqualTo(
                Decision.rejected("characteristic D1 was already retired at 2026-03-02T08:00:00Z"));
    }

    @Test
    void somethingRetiredTakesNoNewUse() {
        assertThat(Retirement.usable("characteristic D1", null, "new results").isAllowed()).isTrue();
        assertThat(Retirement.usable("characteristic D1", RETIRED, "new results")).isEqualTo(Decision.rejected(
                "characteristic D1 is retired (since 2026-03-02T08:00:00Z) and cannot be used for new results"));
    }

    @Test
    void somethingRetiredIsNoLongerEdited() {
        assertThat(Retirement.editable("defect code SURF", null).isAllowed()).isTrue();
        assertThat(Retirement.editable("defect code SURF", RETIRED).isAllowed()).isFalse();
    }

    @Test
    void aDefectCodeIsUnusableWhenItOrItsFamilyIsRetired() {
        assertThat(DefectCodes.usable("SURF.SCRATCH", Set.of()).isAllowed()).isTrue();
        assertThat(DefectCodes.usable("SURF.SCRATCH", Set.of("SURF.SCRATCH"))).isEqualTo(Decision.rejected(
                "defect code SURF.SCRATCH is retired and cannot be used for new defects"));
        assertThat(DefectCodes.usable("SURF.SCRATCH", Set.of("SURF"))).isEqualTo(Decision.rejected(
                "defect code SURF.SCRATCH lies under the retired family SURF and cannot be used for new defects"));
        assertThat(DefectCodes.usable("SURFACE", Set.of("SURF")).isAllowed()).isTrue();
    }

    @Test
    void aRevisedSpecificationKeepsTheValuesNotGiven() {
        assertThat(SpecificationRevision.merged(BORE, null, 39.97, null))
                .isEqualTo(new Specification(40.0, 39.97, 40.05, "mm"));
    }

    @Test
    void aRevisedSpecificationMustBeConsistent() {
        assertThat(SpecificationRevision.problems("D1", BORE, null, 40.1, null, null)).containsExactly(
                "characteristic D1: lsl 40.1 must be below usl 40.05",
                "characteristic D1: nominal 40.0 must lie between lsl and usl");
        assertThat(SpecificationRevision.problems("D1", BORE, 40.0, 39.98, 40.02, "mm")).isEmpty();
    }

    @Test
    void theUnitOfAMeasuredCharacteristicCannotChange() {
        assertThat(SpecificationRevision.unitProblems("D1", BORE, "µm")).isEqualTo(List.of("characteristic D1: "
                + "unit cannot change from mm to µm (results are recorded in mm); retire it and add a new "
                + "characteristic"));
        assertThat(SpecificationRevision.unitProblems("D1", BORE, "mm")).isEmpty();
    }
}
