package org.zhizao.mes.order;

import java.time.Instant;
import java.time.LocalDate;

/** An order as the API shows it. */
record OrderView(long id, String number, long productId, String productCode, int quantity, LocalDate dueDate,
                 int priority, String customerReference, String status, Instant createdAt, Instant releasedAt,
                 Instant startedAt, Instant finishedAt) {

    static OrderView of(ProductionOrder o) {
        return new OrderView(o.getId(), o.getNumber(), o.getProductId(), o.getProductCode(), o.getQuantity(),
                o.getDueDate(), o.getPriority(), o.getCustomerReference(), o.getStatus().name(), o.getCreatedAt(),
                o.getReleasedAt(), o.getStartedAt(), o.getFinishedAt());
    }
}
