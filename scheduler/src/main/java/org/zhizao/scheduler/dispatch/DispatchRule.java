package org.zhizao.scheduler.dispatch;

/**
 * Priority rules a supervisor would use without a solver. Each picks the next operation among
 * those that can start earliest, and runs it on the eligible station where it can start earliest.
 */
public enum DispatchRule {
    /** Shortest processing time first. */
    SPT,
    /** Most work remaining (of the order) first. */
    MWKR,
    /** Earliest due date (of the order) first; without due dates this is first-come, first-served. */
    EDD
}
