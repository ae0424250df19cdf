/**
 * Execution of production orders on the shop floor: operations planned from the routing when an order
 * is released, dispatched to a station, started, paused, resumed, completed or aborted; good and scrap
 * quantities; and the work steps an operator acknowledges, in order. Other modules (the scheduler, the
 * machine adapters) call {@link org.zhizao.mes.execution.DispatchingOperation},
 * {@link org.zhizao.mes.execution.RunningOperation}, {@link org.zhizao.mes.execution.ReportingQuantities}
 * and {@link org.zhizao.mes.execution.AcknowledgingStep}.
 */
package org.zhizao.mes.execution;
