/**
 * Production orders and their lifecycle: Created → Released → In progress → Completed, plus On hold
 * and Cancelled. Releasing publishes {@link org.zhizao.mes.order.OrderReleased}, from which the
 * execution module plans the operations; execution reports progress back through
 * {@link org.zhizao.mes.order.OrderProgress}.
 */
package org.zhizao.mes.order;
