package org.zhizao.mes.order.ui;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.order.AmendingOrder;
import org.zhizao.mes.order.CancellingOrder;
import org.zhizao.mes.order.HoldingOrder;
import org.zhizao.mes.order.OrderBacklog;
import org.zhizao.mes.order.OrderProgress.OrderSnapshot;
import org.zhizao.mes.order.PlacingOrder;
import org.zhizao.mes.order.ReleasingOrder;
import org.zhizao.mes.product.ProductCatalog;
import org.zhizao.mes.security.Access;

/**
 * What the order backlog screen may read and do, each method guarded for the roles allowed to, so a
 * request that bypasses the screen meets the same rules.
 */
@Service
public class OrderDesk {

    /** The values of a new or changed order, as the order form edits them. */
    public record Draft(String productCode, int quantity, LocalDate dueDate, int priority, String customer) {
    }

    private static final String FROM_SCREEN = "order backlog";
    private static final String FROM_IMPORT = "imported from a file";

    private final OrderBacklog backlog;
    private final ProductCatalog products;
    private final PlacingOrder placing;
    private final AmendingOrder amending;
    private final ReleasingOrder releasing;
    private final HoldingOrder holding;
    private final CancellingOrder cancelling;

    OrderDesk(OrderBacklog backlog, ProductCatalog products, PlacingOrder placing, AmendingOrder amending,
            ReleasingOrder releasing, HoldingOrder holding, CancellingOrder cancelling) {
        this.backlog = backlog;
        this.products = products;
        this.placing = placing;
        this.amending = amending;
        this.releasing = releasing;
        this.holding = holding;
        this.cancelling = cancelling;
    }

    @PreAuthorize(Access.READ)
    public List<OrderBacklog.Entry> find(OrderBacklog.Filter filter, Pageable page) {
        return backlog.find(filter, page).getContent();
    }

    @PreAuthorize(Access.READ)
    public long count(OrderBacklog.Filter filter) {
        return backlog.count(filter);
    }

    @PreAuthorize(Access.READ)
    public OrderBacklog.Entry get(long orderId) {
        return backlog.get(orderId);
    }

    @PreAuthorize(Access.READ)
    public List<ProductCatalog.ProductSummary> products() {
        return products.all();
    }

    @PreAuthorize(Access.PLAN)
    public OrderSnapshot create(Draft d) {
        return placing.place(d.productCode(), d.quantity(), d.dueDate(), d.priority(), blankToNull(d.customer()),
                FROM_SCREEN);
    }

    @PreAuthorize(Access.PLAN)
    public OrderSnapshot amend(long orderId, Draft d) {
        return amending.amend(orderId, d.productCode(), d.quantity(), d.dueDate(), d.priority(),
                blankToNull(d.customer()), FROM_SCREEN);
    }

    @PreAuthorize(Access.PLAN)
    public OrderSnapshot release(long orderId) {
        return releasing.release(orderId, FROM_SCREEN);
    }

    @PreAuthorize(Access.PLAN)
    public OrderSnapshot hold(long orderId) {
        return holding.hold(orderId, FROM_SCREEN);
    }

    @PreAuthorize(Access.PLAN)
    public OrderSnapshot resume(long orderId) {
        return holding.resume(orderId, FROM_SCREEN);
    }

    @PreAuthorize(Access.PLAN)
    public OrderSnapshot cancel(long orderId, String reason) {
        return cancelling.cancel(orderId, blankToNull(reason) == null ? FROM_SCREEN : reason);
    }

    /**
     * Reads and checks an import file without placing anything.
     *
     * @throws OrderCsv.Malformed if the file cannot be read at all
     */
    @PreAuthorize(Access.PLAN)
    public OrderCsv.Report check(byte[] file) {
        Set<String> codes = products.all().stream().map(ProductCatalog.ProductSummary::code)
                .collect(Collectors.toSet());
        return OrderCsv.read(file, new OrderCsv.Known() {
            @Override
            public boolean product(String code) {
                return codes.contains(code);
            }

            @Override
            public Set<String> existingOrderNumbers(Collection<String> numbers) {
                return backlog.existingNumbers(numbers);
            }
        });
    }

    /**
     * Places the checked rows, all or none: if any fails now (another user took a number meanwhile),
     * nothing is placed.
     *
     * @return how many orders were placed
     */
    @PreAuthorize(Access.PLAN)
    @Transactional
    public int importRows(List<OrderCsv.Row> rows) {
        for (OrderCsv.Row r : rows) {
            placing.place(r.orderNumber(), r.product(), r.quantity(), r.dueDate(), r.priority(), r.customer(),
                    FROM_IMPORT + " (line " + r.line() + ")");
        }
        return rows.size();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
