package org.zhizao.mes.quality.genealogy;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhizao.mes.equipment.EquipmentHistory;
import org.zhizao.mes.quality.domain.ProcessValues;
import org.zhizao.mes.quality.inspection.CurrentUser;
import org.zhizao.mes.quality.inspection.QualityOperation;

/**
 * The process values of an operation: the signals the equipment module stored for the devices of its
 * station between its start and its finish (or now, while it runs), summarised per device and signal.
 */
@Component
class ProcessHistory {

    private final EquipmentHistory equipment;
    private final CurrentUser user;

    ProcessHistory(EquipmentHistory equipment, CurrentUser user) {
        this.equipment = equipment;
        this.user = user;
    }

    List<AsBuiltRecord.ProcessValue> of(QualityOperation operation) {
        if (operation.getStartedAt() == null || operation.getStationCode() == null) {
            return List.of();
        }
        Instant end = operation.getFinishedAt() == null ? user.now() : operation.getFinishedAt();
        List<ProcessValues.Minute> minutes = equipment.signalMinutes(operation.getStationCode(),
                ProcessValues.firstBucket(operation.getStartedAt()), end).stream()
                .map(m -> new ProcessValues.Minute(m.equipmentCode(), m.signal(), m.unit(), m.minute(), m.samples(),
                        m.min(), m.max(), m.avg(), m.last()))
                .toList();
        return ProcessValues.summarise(minutes).stream().map(s -> new AsBuiltRecord.ProcessValue(s.equipmentCode(),
                s.signal(), s.unit(), s.count(), s.min(), s.max(), s.mean(), s.last(), s.firstMinute(),
                s.lastMinute())).toList();
    }
}
