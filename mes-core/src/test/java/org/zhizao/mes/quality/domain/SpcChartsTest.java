package org.zhizao.mes.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Control limits and capability against worked examples. Formulas and constants: Montgomery, Introduction
 * to Statistical Quality Control, 6th ed., §6.2 (X̄-R), §6.3 (X̄-S), §6.4 (I-MR), §8.3 (capability),
 * Appendix Table VI.
 */
class SpcChartsTest {

    private static final List<List<Double>> THREE_SUBGROUPS_OF_FOUR = List.of(
            List.of(10.0, 12.0, 11.0, 13.0), List.of(9.0, 11.0, 10.0, 12.0), List.of(11.0, 13.0, 12.0, 14.0));

    /**
     * Montgomery Example 6.1 (hard-bake flow width, 25 samples of n = 5): x̿ = 1.5056, R̄ = 0.32521.
     * By hand: A2 = 0.577, so UCL = 1.5056 + 0.577 × 0.32521 = 1.6932 and LCL = 1.5056 − 0.18765 = 1.3180;
     * R chart UCL = D4 R̄ = 2.114 × 0.32521 = 0.6875, LCL = 0 (D3 = 0).
     */
    @Test
    void xbarRLimitsReproduceMontgomeryExample6Point1() {
        ControlChart.Limits x = ControlCharts.xbarRLimits(1.5056, 0.32521, 5);
        assertThat(x.ucl()).isCloseTo(1.6932, within(1e-4));
        assertThat(x.lcl()).isCloseTo(1.3180, within(1e-4));
        assertThat(SpcConstants.d4(5) * 0.32521).isCloseTo(0.6875, within(1e-4));
        assertThat(SpcConstants.d3(5)).isZero();
    }

    /**
     * Same example, capability (Montgomery §6.2.5): σ̂ = R̄ / d2 = 0.32521 / 2.326 = 0.1398; with LSL 1.00,
     * USL 2.00 micron, Cp = 1.00 / (6 × 0.1398) = 1.192; Cpk = min(0.4944, 0.5056) / (3 × 0.1398) = 1.179.
     */
    @Test
    void cpAndCpkReproduceMontgomeryHardBakeProcess() {
        Capability capability = Capability.fromSummary(1.5056, 0.32521 / SpcConstants.d2(5), 1.00, 2.00);
        assertThat(capability.cp()).isCloseTo(1.192, within(1e-3));
        assertThat(capability.cpk()).isCloseTo(1.179, within(1e-3));
    }

    /**
     * Subgroups {10,12,11,13}, {9,11,10,12}, {11,13,12,14}: means 11.5, 10.5, 12.5 so x̿ = 11.5; every
     * range 3 so R̄ = 3. n = 4: A2 = 0.729, D4 = 2.282. UCL = 11.5 + 2.187 = 13.687, LCL = 9.313;
     * R chart UCL = 6.846, LCL = 0; σ̂ = 3 / 2.059 = 1.45702.
     */
    @Test
    void xbarRChartFromRawSubgroups() {
        ControlChart chart = ControlCharts.xbarR(THREE_SUBGROUPS_OF_FOUR);
        assertThat(chart.location().centre()).isCloseTo(11.5, within(1e-9));
        assertThat(chart.location().ucl()).isCloseTo(13.687, within(1e-9));
        assertThat(chart.location().lcl()).isCloseTo(9.313, within(1e-9));
        assertThat(chart.dispersion().ucl()).isCloseTo(6.846, within(1e-9));
        assertThat(chart.dispersion().lcl()).isZero();
        assertThat(chart.sigmaWithin()).isCloseTo(1.45702, within(1e-5));
    }

    /**
     * Same subgroups: each has deviations ±0.5, ±1.5, so s = √(5/3) = 1.29099 and s̄ = 1.29099. n = 4:
     * A3 = 1.628, B4 = 2.266, B3 = 0, c4 = 0.9213. UCL = 11.5 + 1.628 × 1.29099 = 13.60173, LCL = 9.39827;
     * S chart UCL = 2.266 × 1.29099 = 2.92539; σ̂ = 1.29099 / 0.9213 = 1.40127.
     */
    @Test
    void xbarSChartFromRawSubgroups() {
        ControlChart chart = ControlCharts.xbarS(THREE_SUBGROUPS_OF_FOUR);
        assertThat(chart.location().ucl()).isCloseTo(13.60173, within(1e-5));
        assertThat(chart.location().lcl()).isCloseTo(9.39827, within(1e-5));
        assertThat(chart.dispersion().centre()).isCloseTo(1.29099, within(1e-5));
        assertThat(chart.dispersion().ucl()).isCloseTo(2.92539, within(1e-5));
        assertThat(chart.dispersion().lcl()).isZero();
        assertThat(chart.sigmaWithin()).isCloseTo(1.40127, within(1e-5));
    }

    /**
     * Values 10, 12, 11, 13, 9: x̄ = 11; moving ranges 2, 1, 2, 4 so MR̄ = 2.25; σ̂ = 2.25 / 1.128 = 1.99468.
     * UCL = 11 + 3 × 1.99468 = 16.98404 (≈ 11 + 2.66 MR̄), LCL = 5.01596; MR chart UCL = 3.267 × 2.25 = 7.35075.
     */
    @Test
    void individualsAndMovingRangeChart() {
        ControlChart chart = ControlCharts.individuals(List.of(10.0, 12.0, 11.0, 13.0, 9.0));
        assertThat(chart.location().centre()).isCloseTo(11, within(1e-9));
        assertThat(chart.location().ucl()).isCloseTo(16.98404, within(1e-5));
        assertThat(chart.location().lcl()).isCloseTo(5.01596, within(1e-5));
        assertThat(chart.dispersion().centre()).isCloseTo(2.25, within(1e-9));
        assertThat(chart.dispersion().ucl()).isCloseTo(7.35075, within(1e-5));
        assertThat(chart.dispersionPoints()).containsExactly(2.0, 1.0, 2.0, 4.0);
    }

    /**
     * The twelve values above, LSL 8, USL 16. Overall: mean 11.5, squared deviations sum to 23, s = √(23/11)
     * = 1.44600; Pp = 8 / 8.676 = 0.92208, Ppk = min(4.5, 3.5) / 4.338 = 0.80682. Within (X̄-R σ̂ 1.45702):
     * Cp = 8 / 8.74211 = 0.91512, Cpk = 3.5 / 4.37105 = 0.80073.
     */
    @Test
    void capabilityAndPerformanceIndices() {
        List<Double> all = THREE_SUBGROUPS_OF_FOUR.stream().flatMap(List::stream).toList();
        Capability capability = Capability.of(all, ControlCharts.xbarR(THREE_SUBGROUPS_OF_FOUR).sigmaWithin(), 8, 16);
        assertThat(capability.pp()).isCloseTo(0.92208, within(1e-4));
        assertThat(capability.ppk()).isCloseTo(0.80682, within(1e-4));
        assertThat(capability.cp()).isCloseTo(0.91512, within(1e-4));
        assertThat(capability.cpk()).isCloseTo(0.80073, within(1e-4));
    }

    @Test
    void theUsualChartFollowsTheSubgroupSize() {
        assertThat(ChartType.forSubgroupSize(1)).isEqualTo(ChartType.I_MR);
        assertThat(ChartType.forSubgroupSize(5)).isEqualTo(ChartType.XBAR_R);
        assertThat(ChartType.forSubgroupSize(12)).isEqualTo(ChartType.XBAR_S);
    }
}
