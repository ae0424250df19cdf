/**
 * Planning the workshops: builds a flexible job-shop problem from the released orders' operations, the
 * stations' eligibility and times, product families and the workshop calendars; solves it with the
 * {@code scheduler} library in the background; stores each result as a plan version; freezes operations
 * in place; dispatches a plan to the stations through {@link org.zhizao.mes.execution.DispatchingOperation};
 * and re-plans after a breakdown through {@link org.zhizao.mes.scheduling.ReplanningAfterBreakdown}.
 * No other module depends on this one.
 */
package org.zhizao.mes.scheduling;
