package org.zhizao.mes.scheduling;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrozenOperationRepository extends JpaRepository<FrozenOperation, Long> {

    List<FrozenOperation> findByWorkshopCode(String workshopCode);
}
