package org.zhizao.mes.quality.ncr;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.zhizao.mes.quality.domain.NcrStatus;

public interface NonconformanceRepository extends JpaRepository<Nonconformance, Long> {

    Page<Nonconformance> findByStatusIn(java.util.Collection<NcrStatus> statuses, Pageable pageable);

    List<Nonconformance> findByUnitIdentifierOrderById(String unitIdentifier);

    List<Nonconformance> findByOrderIdOrderById(long orderId);
}
