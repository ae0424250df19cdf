package org.zhizao.mes.order;

/**
 * An order was released. Published inside the releasing transaction, so listeners that plan its
 * operations commit or roll back together with the release.
 */
public record OrderReleased(long orderId, String orderNumber, long productId, int quantity) {
}
