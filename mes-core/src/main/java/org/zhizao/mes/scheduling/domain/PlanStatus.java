package org.zhizao.mes.scheduling.domain;

/** Where a plan version stands: a draft to look at, or dispatched to the stations. */
public enum PlanStatus {
    DRAFT,
    DISPATCHED
}
