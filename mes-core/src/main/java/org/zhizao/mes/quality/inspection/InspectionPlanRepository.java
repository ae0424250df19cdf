package org.zhizao.mes.quality.inspection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionPlanRepository extends JpaRepository<InspectionPlan, Long> {

    Optional<InspectionPlan> findByProductIdAndOperationSeq(long productId, int operationSeq);

    List<InspectionPlan> findByProductIdOrderByOperationSeq(long productId);
}
