package org.zhizao.mes.audit;

import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of every state change. Writes join the caller's transaction, so a change and
 * its audit entry are stored together or not at all.
 */
@Service
public class AuditTrail {

    /** The actor of changes that no signed-in user made (machines, schedulers, start-up). */
    public static final String SYSTEM = "system";

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(AuditRecord record) {
        return entries.save(new AuditEntry(clock.instant(), currentActor(), record));
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> forOrder(long orderId, Pageable pageable) {
        return entries.findByOrderIdOrderByIdAsc(orderId, pageable);
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> forSubject(String subjectType, String subjectId, Pageable pageable) {
        return entries.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId, pageable);
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> latest(Pageable pageable) {
        return entries.findAllByOrderByIdDesc(pageable);
    }

    @Transactional(readOnly = true)
    public long count() {
        return entries.count();
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
