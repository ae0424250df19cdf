package org.zhizao.mes.plant;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What other modules may ask of the plant model: its stations, what they can do and where they are.
 */
public interface PlantDirectory {

    /**
     * A station (ISA-95 work unit) as other modules see it.
     *
     * @param code         full code, e.g. {@code P1/F1/W1/L1/S01}
     * @param nameZh       Chinese name
     * @param nameEn       English name
     * @param workshopCode full code of its workshop, e.g. {@code P1/F1/W1}
     * @param lineCode     full code of its line
     * @param operations   operation types it can perform, e.g. TURNING
     */
    record StationInfo(String code, String nameZh, String nameEn, String workshopCode, String lineCode,
                       Set<String> operations) {

        public boolean canPerform(String operationType) {
            return operations.contains(operationType);
        }
    }

    Optional<StationInfo> findStation(String code);

    List<StationInfo> stations();
}
