package org.zhizao.mes.quality.inspection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InspectionResultRepository extends JpaRepository<InspectionResult, Long> {

    long countByOperationIdAndCharacteristicId(long operationId, long characteristicId);

    List<InspectionResult> findByOperationIdOrderById(long operationId);

    List<InspectionResult> findByUnitIdentifierOrderById(String unitIdentifier);

    java.util.Optional<InspectionResult> findFirstByStationCodeOrderByRecordedAtDescIdDesc(String stationCode);

    @Query("select r.measuredValue from InspectionResult r where r.characteristicId = :characteristicId "
            + "and r.measuredValue is not null order by r.id")
    List<Double> valuesOf(long characteristicId);
}
