package org.zhizao.mes.execution;

import java.util.EnumSet;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.execution.domain.OperationStatus;
import org.zhizao.mes.shared.domain.NotFound;

/**
 * What planning and the station terminal read of execution: the operations not finished yet, of the plant or
 * of one station, and one operation by id.
 */
@Service
public class OperationBacklog {

    private static final EnumSet<OperationStatus> UNFINISHED = EnumSet.of(OperationStatus.PLANNED,
            OperationStatus.DISPATCHED, OperationStatus.STARTED, OperationStatus.PAUSED);

    private final OperationRepository operations;

    OperationBacklog(OperationRepository operations) {
        this.operations = operations;
    }

    /** Every planned, dispatched, started or paused operation, by order and routing sequence. */
    @Transactional(readOnly = true)
    public List<OperationView> unfinished() {
        return operations.findByStatusIn(UNFINISHED,
                        Pageable.unpaged(Sort.by("orderId", "seq"))).getContent().stream()
                .map(OperationView::of).toList();
    }

    /** The planned, dispatched, started or paused operations of one station, by id. */
    @Transactional(readOnly = true)
    public List<OperationView> unfinishedAt(String stationCode) {
        return operations.findByStationCodeAndStatusIn(stationCode, UNFINISHED, Pageable.unpaged(Sort.by("id")))
                .getContent().stream().map(OperationView::of).toList();
    }

    /** @throws NotFound for an unknown id (404) */
    @Transactional(readOnly = true)
    public OperationView get(long operationId) {
        return operations.findById(operationId).map(OperationView::of)
                .orElseThrow(() -> new NotFound("operation", operationId));
    }
}
