package org.zhizao.mes.quality.inspection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InspectionPlanRepository extends JpaRepository<InspectionPlan, Long> {

    /** The plan in force for the operation (retired plans are kept but not returned). */
    @Query("select p from InspectionPlan p where p.productId = ?1 and p.operationSeq = ?2 and p.retiredAt is null")
    Optional<InspectionPlan> findByProductIdAndOperationSeq(long productId, int operationSeq);

    Optional<InspectionPlan> findByCharacteristics_Id(long characteristicId);

    List<InspectionPlan> findByProductIdOrderByOperationSeq(long productId);
}
