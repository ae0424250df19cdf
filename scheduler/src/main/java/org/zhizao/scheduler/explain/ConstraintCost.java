package org.zhizao.scheduler.explain;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * What one constraint costs in a plan.
 *
 * @param constraint the constraint's name, e.g. "Weighted tardiness"
 * @param cost its (negative) share of the score
 * @param matches how many times it is broken (or, for objectives, counted)
 */
public record ConstraintCost(String constraint, HardMediumSoftLongScore cost, int matches) {
}
