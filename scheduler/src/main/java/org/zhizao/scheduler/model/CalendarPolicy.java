package org.zhizao.scheduler.model;

/** How an operation may use a station's available windows. */
public enum CalendarPolicy {
    /** The whole operation must fit inside one available window. */
    FIT_IN_WINDOW,
    /** The operation may pause over a break (or maintenance) and resume in the next window. */
    PAUSE_OVER_BREAKS
}
