package org.zhizao.mes.quality.domain;

/** The variables control charts: mean and range, mean and standard deviation, individuals and moving range. */
public enum ChartType {
    XBAR_R, XBAR_S, I_MR;

    /** The usual chart for a subgroup size: I-MR for single values, X̄-R up to 10, X̄-S above. */
    public static ChartType forSubgroupSize(int n) {
        return n <= 1 ? I_MR : n <= 10 ? XBAR_R : XBAR_S;
    }
}
