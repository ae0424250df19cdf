package org.zhizao.mes.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhizao.mes.security.Access;

/** Reading the audit trail. */
@RestController
class AuditController {

    record AuditEntryView(long id, java.time.Instant occurredAt, String actor, String subjectType,
                          String subjectId, Long orderId, String action, String fromState, String toState,
                          String reason) {
        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getSubjectType(),
                    e.getSubjectId(), e.getOrderId(), e.getAction(), e.getFromState(), e.getToState(),
                    e.getReason());
        }
    }

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/orders/{orderId}/audit")
    @PreAuthorize(Access.READ)
    Page<AuditEntryView> forOrder(@PathVariable long orderId,
            @PageableDefault(size = 100) Pageable pageable) {
        return trail.forOrder(orderId, pageable).map(AuditEntryView::of);
    }

    @GetMapping("/api/audit")
    @PreAuthorize(Access.READ)
    Page<AuditEntryView> latest(@RequestParam(required = false) String subjectType,
            @RequestParam(required = false) String subjectId, @PageableDefault(size = 100) Pageable pageable) {
        if (subjectType != null && subjectId != null) {
            return trail.forSubject(subjectType, subjectId, pageable).map(AuditEntryView::of);
        }
        return trail.latest(pageable).map(AuditEntryView::of);
    }
}
