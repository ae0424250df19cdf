package org.zhizao.mes.order;

/** An order was cancelled; its unfinished operations are to be aborted in the same transaction. */
public record OrderCancelled(long orderId, String orderNumber, String reason) {
}
