package org.zhizao.mes.quality.genealogy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MaterialConsumptionRepository extends JpaRepository<MaterialConsumption, Long> {

    List<MaterialConsumption> findByUnitOrderById(GenealogyUnit unit);

    List<MaterialConsumption> findByMaterialLotOrderById(String materialLot);

    List<MaterialConsumption> findByComponentCodeAndMaterialLotOrderById(String componentCode, String materialLot);
}
