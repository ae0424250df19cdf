package org.zhizao.mes.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

// A Repository without delete or update methods: the trail is append-only.
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    Page<AuditEntry> findByOrderIdOrderByIdAsc(Long orderId, Pageable pageable);

    Page<AuditEntry> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, String subjectId,
            Pageable pageable);

    Page<AuditEntry> findAllByOrderByIdDesc(Pageable pageable);

    long count();
}
