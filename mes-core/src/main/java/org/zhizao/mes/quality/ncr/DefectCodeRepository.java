package org.zhizao.mes.quality.ncr;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DefectCodeRepository extends JpaRepository<DefectCode, Long> {

    Optional<DefectCode> findByCode(String code);

    boolean existsByCode(String code);

    List<DefectCode> findAllByOrderByCode();

    List<DefectCode> findByRetiredAtIsNotNull();
}
