package org.zhizao.mes.order.domain;

/** Order numbers read {@code PO-<year>-<six-digit sequence>}, e.g. {@code PO-2026-000123}. */
public final class OrderNumber {

    private OrderNumber() {
    }

    public static String of(int year, long sequence) {
        return String.format("PO-%d-%06d", year, sequence);
    }
}
