package org.zhizao.mes.quality.ncr;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DefectRecordRepository extends JpaRepository<DefectRecord, Long> {

    List<DefectRecord> findByRecordedAtGreaterThanEqualAndRecordedAtLessThan(Instant from, Instant to);

    List<DefectRecord> findByOperationIdIn(java.util.Collection<Long> operationIds);

    List<DefectRecord> findByUnitIdentifierOrderById(String unitIdentifier);

    List<DefectRecord> findByOrderIdOrderById(long orderId);
}
