package org.zhizao.mes.quality.inspection;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QualityOperationRepository extends JpaRepository<QualityOperation, Long> {

    List<QualityOperation> findByOrderIdOrderBySeq(long orderId);

    List<QualityOperation> findByFinishedAtBetween(Instant from, Instant to);

    List<QualityOperation> findByStatusIn(java.util.Collection<String> statuses);
}
