package org.zhizao.mes.security;

/** The kinds of user of the MES. */
public enum Role {
    /** Shift supervisor: plans, releases and schedules orders. */
    SUPERVISOR,
    /** Line operator: starts work and acknowledges work steps at a station. */
    OPERATOR,
    /** Quality inspector: records measurements and defects. */
    INSPECTOR,
    /** Manager: reads everything, changes nothing. */
    MANAGER,
    /** Administrator: users, roles and the plant model. */
    ADMIN
}
