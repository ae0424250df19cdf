package org.zhizao.mes.order;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.order.domain.OrderStatus;
import org.zhizao.mes.shared.domain.InvalidInput;

/** The order backlog as a planner reads it: filtered, sorted, page by page. */
@Service
public class OrderBacklog {

    /** The properties an order list may be sorted by. */
    public static final Set<String> SORTABLE = Set.of("number", "productCode", "quantity", "dueDate", "priority",
            "customerReference", "status", "createdAt");

    /**
     * Each given filter narrows the list; {@code text} matches a part of the order number or the customer
     * reference, ignoring case.
     */
    public record Filter(OrderStatus status, String productCode, String text, LocalDate dueFrom, LocalDate dueTo) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** One order of the backlog. */
    public record Entry(long id, String number, String productCode, int quantity, LocalDate dueDate, int priority,
                        String customerReference, OrderStatus status, Instant createdAt) {
    }

    private final ProductionOrderRepository orders;

    OrderBacklog(ProductionOrderRepository orders) {
        this.orders = orders;
    }

    @Transactional(readOnly = true)
    public Page<Entry> find(Filter filter, Pageable pageable) {
        pageable.getSort().forEach(order -> {
            if (!SORTABLE.contains(order.getProperty())) {
                throw new InvalidInput("sort: cannot sort orders by '" + order.getProperty() + "'");
            }
        });
        Sort sort = (pageable.getSort().isSorted() ? pageable.getSort() : Sort.by("dueDate", "priority"))
                .and(Sort.by("id")); // a stable order for paging
        return orders.findAll(specification(filter),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)).map(OrderBacklog::entry);
    }

    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return orders.count(specification(filter));
    }

    @Transactional(readOnly = true)
    public Entry get(long orderId) {
        return orders.findById(orderId).map(OrderBacklog::entry)
                .orElseThrow(() -> new org.zhizao.mes.shared.domain.NotFound("order", orderId));
    }

    /** Which of these order numbers some order has already. */
    @Transactional(readOnly = true)
    public Set<String> existingNumbers(Collection<String> numbers) {
        Set<String> found = new HashSet<>();
        List<String> all = List.copyOf(numbers);
        for (int i = 0; i < all.size(); i += 500) { // keeps the IN list short
            found.addAll(orders.findNumbersIn(all.subList(i, Math.min(all.size(), i + 500))));
        }
        return found;
    }

    private static Entry entry(ProductionOrder o) {
        return new Entry(o.getId(), o.getNumber(), o.getProductCode(), o.getQuantity(), o.getDueDate(),
                o.getPriority(), o.getCustomerReference(), o.getStatus(), o.getCreatedAt());
    }

    private static Specification<ProductionOrder> specification(Filter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.productCode() != null && !f.productCode().isBlank()) {
                where.add(cb.equal(root.get("productCode"), f.productCode()));
            }
            if (f.text() != null && !f.text().isBlank()) {
                String like = "%" + f.text().trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("number")), like, '\\'),
                        cb.like(cb.lower(root.get("customerReference")), like, '\\')));
            }
            if (f.dueFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("dueDate"), f.dueFrom()));
            }
            if (f.dueTo() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("dueDate"), f.dueTo()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
