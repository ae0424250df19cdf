package org.zhizao.mes.quality.domain;

/** How serious a defect is. */
public enum Severity {
    /** Endangers safety or makes the unit unusable. */
    CRITICAL,
    /** Impairs function or fit. */
    MAJOR,
    /** Cosmetic or within a tolerance the customer accepts. */
    MINOR
}
