package org.zhizao.mes.scheduling;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhizao.mes.security.Access;

/**
 * Planning a workshop: solving, progress, plan versions, freezing, dispatching and re-planning after a
 * breakdown. A workshop code in a path is written with dots for slashes ({@code P1.F1.W1} for
 * {@code P1/F1/W1}): local codes never contain a dot, and an encoded slash is refused by most servers.
 */
@RestController
@RequestMapping("/api/scheduling")
class SchedulingController {

    record SolveRequest(Integer seconds, Long seed) {
    }

    record ReplanRequest(String stationCode, Instant downFrom, Instant downTo, Integer seconds, Long seed) {
    }

    record Reason(@Size(max = 500) String reason) {
        static String of(Reason r) {
            return r == null ? null : r.reason();
        }
    }

    private final SolvingWorkshop solving;
    private final ReplanningAfterBreakdown replanning;
    private final PlanStore store;
    private final DispatchingPlan dispatching;
    private final FreezingOperation freezing;
    private final LateWork lateWork;

    SchedulingController(SolvingWorkshop solving, ReplanningAfterBreakdown replanning, PlanStore store,
            DispatchingPlan dispatching, FreezingOperation freezing, LateWork lateWork) {
        this.lateWork = lateWork;
        this.solving = solving;
        this.replanning = replanning;
        this.store = store;
        this.dispatching = dispatching;
        this.freezing = freezing;
    }

    /** {@code P1.F1.W1} → {@code P1/F1/W1}. */
    static String workshop(String pathForm) {
        return pathForm.replace('.', '/');
    }

    @PostMapping("/workshops/{workshop}/solve")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(Access.PLAN)
    SolveProgress solve(@PathVariable String workshop, @RequestBody SolveRequest request) {
        return solving.start(workshop(workshop), request.seconds(), request.seed());
    }

    @GetMapping("/workshops/{workshop}/solve")
    @PreAuthorize(Access.READ)
    SolveProgress progress(@PathVariable String workshop) {
        return solving.progress(workshop(workshop));
    }

    @PostMapping("/workshops/{workshop}/solve/stop")
    @PreAuthorize(Access.PLAN)
    SolveProgress stop(@PathVariable String workshop) {
        return solving.stop(workshop(workshop));
    }

    @PostMapping("/workshops/{workshop}/replan")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.PLAN)
    PlanView replan(@PathVariable String workshop, @RequestBody ReplanRequest request) {
        Integer seconds = request.seconds() == null ? ReplanningAfterBreakdown.DEFAULT_SECONDS : request.seconds();
        return replanning.stationDown(workshop(workshop), request.stationCode(), request.downFrom(),
                request.downTo(), seconds, request.seed());
    }

    @GetMapping("/workshops/{workshop}/plans/latest")
    @PreAuthorize(Access.READ)
    PlanView latest(@PathVariable String workshop) {
        return store.latest(workshop(workshop));
    }

    @GetMapping("/workshops/{workshop}/plans")
    @PreAuthorize(Access.READ)
    List<PlanView.Summary> versions(@PathVariable String workshop) {
        return store.versions(workshop(workshop), 50);
    }

    @GetMapping("/workshops/{workshop}/frozen")
    @PreAuthorize(Access.READ)
    List<FreezingOperation.FrozenView> frozen(@PathVariable String workshop) {
        return freezing.frozenIn(workshop(workshop));
    }

    /** Operations of late orders by the latest plans, at or under a plant element ({@code code=P1/F1}). */
    @GetMapping("/late-operations")
    @PreAuthorize(Access.READ)
    List<LateWork.LateOperation> lateOperations(@RequestParam(defaultValue = "") String code) {
        return lateWork.under(code);
    }

    @GetMapping("/plans/{id}")
    @PreAuthorize(Access.READ)
    PlanView plan(@PathVariable long id) {
        return store.get(id);
    }

    @PostMapping("/plans/{id}/dispatch")
    @PreAuthorize(Access.PLAN)
    PlanView dispatch(@PathVariable long id, @Valid @RequestBody(required = false) Reason reason) {
        return dispatching.dispatch(id, Reason.of(reason));
    }

    @PostMapping("/operations/{id}/freeze")
    @PreAuthorize(Access.PLAN)
    FreezingOperation.FrozenView freeze(@PathVariable long id, @Valid @RequestBody(required = false) Reason reason) {
        return freezing.freeze(id, Reason.of(reason));
    }

    @PostMapping("/operations/{id}/unfreeze")
    @PreAuthorize(Access.PLAN)
    FreezingOperation.FrozenView unfreeze(@PathVariable long id,
            @Valid @RequestBody(required = false) Reason reason) {
        return freezing.unfreeze(id, Reason.of(reason));
    }
}
