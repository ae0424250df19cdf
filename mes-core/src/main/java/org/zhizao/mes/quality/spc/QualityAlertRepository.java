package org.zhizao.mes.quality.spc;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QualityAlertRepository extends JpaRepository<QualityAlert, Long> {

    Page<QualityAlert> findAllByOrderByIdDesc(Pageable pageable);

    List<QualityAlert> findByCharacteristicIdOrderById(long characteristicId);
}
