package org.zhizao.mes.quality.genealogy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GenealogyUnitRepository extends JpaRepository<GenealogyUnit, Long> {

    Optional<GenealogyUnit> findByIdentifier(String identifier);

    List<GenealogyUnit> findByOrderIdOrderById(long orderId);

    List<GenealogyUnit> findByProductCodeAndKind(String productCode, GenealogyUnit.Kind kind);
}
