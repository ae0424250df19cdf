package org.zhizao.mes.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.zhizao.mes.order.domain.OrderStatus;

/** The optional filters of the order list; each given filter narrows the list. */
record OrderFilter(OrderStatus status, String productCode, String customerReference, LocalDate dueFrom,
                   LocalDate dueTo) {

    Specification<ProductionOrder> specification() {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (productCode != null) {
                where.add(cb.equal(root.get("productCode"), productCode));
            }
            if (customerReference != null) {
                where.add(cb.equal(root.get("customerReference"), customerReference));
            }
            if (dueFrom != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("dueDate"), dueFrom));
            }
            if (dueTo != null) {
                where.add(cb.lessThanOrEqualTo(root.get("dueDate"), dueTo));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
