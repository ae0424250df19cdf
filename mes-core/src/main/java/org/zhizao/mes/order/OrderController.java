package org.zhizao.mes.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhizao.mes.order.domain.OrderStatus;
import org.zhizao.mes.security.Access;

/** Production orders: placing, listing, and moving them through their lifecycle. */
@RestController
@RequestMapping("/api/orders")
class OrderController {

    record NewOrder(@NotBlank @Size(max = 40) String productCode,
                    @NotNull @Positive @Max(value = 1_000_000, message = "must be at most 1000000") Integer quantity,
                    @NotNull LocalDate dueDate,
                    @NotNull @Min(value = 1, message = "must be between 1 (most urgent) and 5")
                    @Max(value = 5, message = "must be between 1 (most urgent) and 5") Integer priority,
                    @Size(max = 100) String customerReference,
                    @Size(max = 500) String reason) {
    }

    /** The optional reason of a lifecycle change, stored in the audit trail. */
    record Reason(@Size(max = 500) String reason) {
        static String of(Reason r) {
            return r == null ? null : r.reason();
        }
    }

    private final PlacingOrder placing;
    private final ReleasingOrder releasing;
    private final HoldingOrder holding;
    private final CancellingOrder cancelling;
    private final ProductionOrderRepository orders;

    OrderController(PlacingOrder placing, ReleasingOrder releasing, HoldingOrder holding,
            CancellingOrder cancelling, ProductionOrderRepository orders) {
        this.placing = placing;
        this.releasing = releasing;
        this.holding = holding;
        this.cancelling = cancelling;
        this.orders = orders;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.PLAN)
    OrderView place(@Valid @RequestBody NewOrder o) {
        return view(placing.place(o.productCode(), o.quantity(), o.dueDate(), o.priority(), o.customerReference(),
                o.reason()).id());
    }

    @GetMapping
    @PreAuthorize(Access.READ)
    Page<OrderView> list(@RequestParam(required = false) OrderStatus status,
            @RequestParam(required = false) String productCode,
            @RequestParam(required = false) String customerReference,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
            @PageableDefault(size = 50, sort = {"dueDate", "priority"}, direction = Sort.Direction.ASC)
            Pageable pageable) {
        var filter = new OrderFilter(status, productCode, customerReference, dueFrom, dueTo);
        return orders.findAll(filter.specification(), pageable).map(OrderView::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    OrderView get(@PathVariable long id) {
        return view(id);
    }

    @PostMapping("/{id}/release")
    @PreAuthorize(Access.PLAN)
    OrderView release(@PathVariable long id, @Valid @RequestBody(required = false) Reason reason) {
        return view(releasing.release(id, Reason.of(reason)).id());
    }

    @PostMapping("/{id}/hold")
    @PreAuthorize(Access.PLAN)
    OrderView hold(@PathVariable long id, @Valid @RequestBody(required = false) Reason reason) {
        return view(holding.hold(id, Reason.of(reason)).id());
    }

    @PostMapping("/{id}/resume")
    @PreAuthorize(Access.PLAN)
    OrderView resume(@PathVariable long id, @Valid @RequestBody(required = false) Reason reason) {
        return view(holding.resume(id, Reason.of(reason)).id());
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(Access.PLAN)
    OrderView cancel(@PathVariable long id, @Valid @RequestBody(required = false) Reason reason) {
        return view(cancelling.cancel(id, Reason.of(reason)).id());
    }

    private OrderView view(long id) {
        return orders.findById(id).map(OrderView::of)
                .orElseThrow(() -> new org.zhizao.mes.shared.domain.NotFound("order", id));
    }
}
