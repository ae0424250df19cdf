package org.zhizao.mes.quality.domain;

/** Where a nonconformance report stands. */
public enum NcrStatus {
    /** Opened, awaiting a disposition. */
    OPEN,
    /** Use as is proposed, awaiting a supervisor's approval. */
    AWAITING_APPROVAL,
    /** Disposition decided (and approved where needed), being carried out. */
    DISPOSITIONED,
    /** Done. */
    CLOSED
}
