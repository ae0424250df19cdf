package org.zhizao.mes.execution;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.zhizao.mes.execution.domain.OperationStatus;

interface OperationRepository extends JpaRepository<Operation, Long> {

    List<Operation> findByOrderIdOrderBySeq(long orderId);

    Page<Operation> findByStationCode(String stationCode, Pageable pageable);

    Page<Operation> findByStationCodeAndStatusIn(String stationCode, Collection<OperationStatus> statuses,
            Pageable pageable);

    Page<Operation> findByStatusIn(Collection<OperationStatus> statuses, Pageable pageable);
}
