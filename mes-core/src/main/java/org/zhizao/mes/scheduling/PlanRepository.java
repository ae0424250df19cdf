package org.zhizao.mes.scheduling;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, Long> {

    Optional<Plan> findFirstByWorkshopCodeOrderByPlanNumberDesc(String workshopCode);

    List<Plan> findByWorkshopCodeOrderByPlanNumberDesc(String workshopCode, Pageable pageable);

    @Query("select p.workshopCode from Plan p join p.operations o where o.operationId = :operationId"
            + " order by p.id desc")
    List<String> workshopsPlanning(long operationId, Pageable pageable);

    @Query("select distinct p.workshopCode from Plan p order by p.workshopCode")
    List<String> workshopsWithPlans();
}
