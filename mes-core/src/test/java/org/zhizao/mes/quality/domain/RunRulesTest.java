package org.zhizao.mes.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per Nelson rule that breaks it and one that does not (L. S. Nelson, "The Shewhart Control
 * Chart — Tests for Special Causes", Journal of Quality Technology 16(4), 1984). Centre 0, sigma 1, so a
 * point's value is its distance from the centre line in sigmas.
 */
class RunRulesTest {

    private static List<RunRuleBreach> check(RunRule rule, List<Double> points) {
        return RunRules.evaluate(rule, points, 0, 1);
    }

    private static List<Double> repeat(double value, int times) {
        return new ArrayList<>(Collections.nCopies(times, value));
    }

    private static List<Double> alternating(double amplitude, int count) {
        List<Double> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(i % 2 == 0 ? -amplitude : amplitude);
        }
        return points;
    }

    private static List<Double> with(List<Double> points, double last) {
        List<Double> all = new ArrayList<>(points);
        all.add(last);
        return all;
    }

    @Test
    void rule1PointBeyondThreeSigmaIsFlaggedAtThatPoint() {
        List<RunRuleBreach> breaches = check(RunRule.BEYOND_3_SIGMA, List.of(0.5, -0.5, 3.5));
        assertThat(breaches).singleElement().satisfies(b -> {
            assertThat(b.points()).containsExactly(2);
            assertThat(b.describe()).isEqualTo("Nelson rule 1 (one point beyond 3 sigma) at point 3");
        });
    }

    @Test
    void rule1PointsJustInsideThreeSigmaPass() {
        assertThat(check(RunRule.BEYOND_3_SIGMA, List.of(2.9, -2.9, 0.0))).isEmpty();
    }

    @Test
    void rule2NinePointsAboveTheCentreLine() {
        assertThat(check(RunRule.NINE_ON_ONE_SIDE, repeat(0.5, 9))).singleElement()
                .satisfies(b -> assertThat(b.points()).hasSize(9).startsWith(0).endsWith(8));
    }

    @Test
    void rule2EightPointsAboveThenOneBelowPass() {
        assertThat(check(RunRule.NINE_ON_ONE_SIDE, with(repeat(0.5, 8), -0.5))).isEmpty();
    }

    @Test
    void rule3SixPointsSteadilyIncreasing() {
        assertThat(check(RunRule.SIX_TRENDING, List.of(-1.0, -0.5, 0.0, 0.5, 1.0, 1.5))).hasSize(1);
    }

    @Test
    void rule3FiveRisesThenAFallPass() {
        assertThat(check(RunRule.SIX_TRENDING, List.of(-1.0, -0.5, 0.0, 0.5, 1.0, 0.9))).isEmpty();
    }

    @Test
    void rule4FourteenPointsAlternating() {
        assertThat(check(RunRule.FOURTEEN_ALTERNATING, alternating(0.5, 14))).singleElement()
                .satisfies(b -> assertThat(b.points()).hasSize(14));
    }

    @Test
    void rule4ThirteenAlternatingThenTwoFallsInARowPass() {
        List<Double> points = alternating(0.5, 13); // ends with -0.5 after a fall
        points.add(-0.6);
        assertThat(check(RunRule.FOURTEEN_ALTERNATING, points)).isEmpty();
    }

    @Test
    void rule5TwoOfThreeBeyondTwoSigmaOnOneSide() {
        assertThat(check(RunRule.TWO_OF_THREE_BEYOND_2_SIGMA, List.of(2.5, 0.0, 2.5))).singleElement()
                .satisfies(b -> assertThat(b.points()).containsExactly(0, 2));
    }

    @Test
    void rule5TwoBeyondTwoSigmaOnOppositeSidesPass() {
        assertThat(check(RunRule.TWO_OF_THREE_BEYOND_2_SIGMA, List.of(2.5, 0.0, -2.5))).isEmpty();
    }

    @Test
    void rule6FourOfFiveBeyondOneSigmaOnOneSide() {
        assertThat(check(RunRule.FOUR_OF_FIVE_BEYOND_1_SIGMA, List.of(1.5, 1.5, 0.0, 1.5, 1.5))).singleElement()
                .satisfies(b -> assertThat(b.points()).containsExactly(0, 1, 3, 4));
    }

    @Test
    void rule6ThreeOfFiveBeyondOneSigmaPass() {
        assertThat(check(RunRule.FOUR_OF_FIVE_BEYOND_1_SIGMA, List.of(1.5, 1.5, 0.0, 0.0, 1.5))).isEmpty();
    }

    @Test
    void rule7FifteenPointsHuggingTheCentreLine() {
        assertThat(check(RunRule.FIFTEEN_WITHIN_1_SIGMA, repeat(0.3, 15))).hasSize(1);
    }

    @Test
    void rule7FourteenWithinThenOneOutsidePass() {
        assertThat(check(RunRule.FIFTEEN_WITHIN_1_SIGMA, with(repeat(0.3, 14), 1.5))).isEmpty();
    }

    @Test
    void rule8EightPointsOutsideOneSigmaOnBothSides() {
        assertThat(check(RunRule.EIGHT_OUTSIDE_1_SIGMA, alternating(1.5, 8))).hasSize(1);
    }

    @Test
    void rule8SevenOutsideThenOneWithinPass() {
        assertThat(check(RunRule.EIGHT_OUTSIDE_1_SIGMA, with(alternating(1.5, 7), 0.5))).isEmpty();
    }

    @Test
    void onlyBreachesCompletedByTheNewestPointCountAsNew() {
        List<Double> points = List.of(3.5, 0.0, 0.1);
        assertThat(RunRules.evaluate(points, 0, 1)).isNotEmpty();
        assertThat(RunRules.atLastPoint(points, 0, 1)).isEmpty();
    }
}
