package org.zhizao.mes.execution;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhizao.mes.execution.domain.OperationStatus;
import org.zhizao.mes.order.OrderProgress;
import org.zhizao.mes.security.Access;

/** Operations of orders: reading them per order or per station, and working them at the station. */
@RestController
class OperationController {

    record Dispatch(@NotBlank @Size(max = 100) String stationCode, @Size(max = 500) String reason) {
    }

    record Reason(@Size(max = 500) String reason) {
        static String of(Reason r) {
            return r == null ? null : r.reason();
        }
    }

    record Quantities(@NotNull @PositiveOrZero @Max(1_000_000) Integer good,
                      @NotNull @PositiveOrZero @Max(1_000_000) Integer scrap,
                      @Size(max = 500) String reason) {
        @AssertTrue(message = "report at least one good or scrap part")
        boolean isAnyPart() {
            return good == null || scrap == null || good + scrap > 0;
        }
    }

    record Acknowledgement(@Size(max = 500) String note) {
    }

    private final OperationRepository operations;
    private final OperationTransitions transitions;
    private final OrderProgress orders;
    private final DispatchingOperation dispatching;
    private final RunningOperation running;
    private final ReportingQuantities reporting;
    private final AcknowledgingStep acknowledging;

    OperationController(OperationRepository operations, OperationTransitions transitions, OrderProgress orders,
            DispatchingOperation dispatching, RunningOperation running, ReportingQuantities reporting,
            AcknowledgingStep acknowledging) {
        this.operations = operations;
        this.transitions = transitions;
        this.orders = orders;
        this.dispatching = dispatching;
        this.running = running;
        this.reporting = reporting;
        this.acknowledging = acknowledging;
    }

    @GetMapping("/api/orders/{orderId}/operations")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    List<OperationView> ofOrder(@PathVariable long orderId) {
        orders.get(orderId);
        return operations.findByOrderIdOrderBySeq(orderId).stream().map(OperationView::of).toList();
    }

    /** Operations, optionally of one station and in some states, e.g. a station's work queue. */
    @GetMapping("/api/operations")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    Page<OperationView> list(@RequestParam(required = false) String station,
            @RequestParam(required = false) Set<OperationStatus> status,
            @PageableDefault(size = 50, sort = "id", direction = Sort.Direction.ASC) Pageable pageable) {
        Set<OperationStatus> statuses = status == null || status.isEmpty() ? Set.of(OperationStatus.values()) : status;
        Page<Operation> page = station == null ? operations.findByStatusIn(statuses, pageable)
                : operations.findByStationCodeAndStatusIn(station, statuses, pageable);
        return page.map(OperationView::of);
    }

    @GetMapping("/api/operations/{id}")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    OperationView get(@PathVariable long id) {
        return OperationView.of(transitions.load(id));
    }

    @PostMapping("/api/operations/{id}/dispatch")
    @PreAuthorize(Access.PLAN)
    OperationView dispatch(@PathVariable long id, @Valid @RequestBody Dispatch dispatch) {
        return dispatching.dispatch(id, dispatch.stationCode(), dispatch.reason());
    }

    @PostMapping("/api/operations/{id}/start")
    @PreAuthorize(Access.OPERATE)
    OperationView start(@PathVariable long id, @Valid @RequestBody(required = false) Reason reason) {
        return running.start(id, Reason.of(reason));
    }

    @PostMapping("/api/operations/{id}/pause")
    @PreAuthorize(Access.OPERATE)
    OperationView pause(@PathVariable long id, @Valid @RequestBody(required = false) Reason reason) {
        return running.pause(id, Reason.of(reason));
    }

    @PostMapping("/api/operations/{id}/resume")
    @PreAuthorize(Access.OPERATE)
    OperationView resume(@PathVariable long id, @Valid @RequestBody(required = false) Reason reason) {
        return running.resume(id, Reason.of(reason));
    }

    @PostMapping("/api/operations/{id}/complete")
    @PreAuthorize(Access.OPERATE)
    OperationView complete(@PathVariable long id, @Valid @RequestBody(required = false) Reason reason) {
        return running.complete(id, Reason.of(reason));
    }

    /** Aborting gives up the work: a supervisor's decision, not an operator's. */
    @PostMapping("/api/operations/{id}/abort")
    @PreAuthorize(Access.PLAN)
    OperationView abort(@PathVariable long id, @Valid @RequestBody(required = false) Reason reason) {
        return running.abort(id, Reason.of(reason));
    }

    @PostMapping("/api/operations/{id}/quantities")
    @PreAuthorize(Access.OPERATE)
    OperationView report(@PathVariable long id, @Valid @RequestBody Quantities quantities) {
        return reporting.report(id, quantities.good(), quantities.scrap(), quantities.reason());
    }

    @PostMapping("/api/operations/{id}/steps/{seq}/acknowledgement")
    @PreAuthorize(Access.OPERATE)
    OperationView acknowledge(@PathVariable long id, @PathVariable int seq,
            @Valid @RequestBody(required = false) Acknowledgement acknowledgement) {
        return acknowledging.acknowledge(id, seq, acknowledgement == null ? null : acknowledgement.note());
    }
}
