package org.zhizao.mes.execution;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.execution.domain.OperationStatus;
import org.zhizao.mes.order.OrderProgress;

/**
 * What the machines need of execution: the job to send to a machine when an operation is dispatched to
 * its station, and crediting the parts a machine counted to the operation it works on, so operators do
 * not type counts.
 */
@Service
public class MachineJobs {

    private static final EnumSet<OperationStatus> ON_STATION =
            EnumSet.of(OperationStatus.DISPATCHED, OperationStatus.STARTED, OperationStatus.PAUSED);

    private final OperationTransitions transitions;
    private final OperationRepository operations;
    private final RunningOperation running;
    private final ReportingQuantities reporting;
    private final OrderProgress orders;

    MachineJobs(OperationTransitions transitions, OperationRepository operations, RunningOperation running,
            ReportingQuantities reporting, OrderProgress orders) {
        this.orders = orders;
        this.transitions = transitions;
        this.operations = operations;
        this.running = running;
        this.reporting = reporting;
    }

    /** The operation as a job for its machine (code, operation type, planned quantity). */
    @Transactional(readOnly = true)
    public OperationView job(long operationId) {
        return OperationView.of(transitions.load(operationId));
    }

    /**
     * Credits parts a machine of the station counted. The operation is the one whose code the machine
     * reports as its job identifier, else the one started (or paused) on the station. A dispatched
     * operation whose job the machine runs is started first, since the machine has started it.
     *
     * @return the credited operation, or empty when no operation is on the station (the parts still count
     *     for the station's KPIs, which the caller stores)
     */
    @Transactional
    public Optional<OperationView> credit(String stationCode, String jobIdentifier, int good, int scrap,
            String source) {
        if (good < 0 || scrap < 0 || good + scrap == 0) {
            return Optional.empty();
        }
        List<Operation> onStation = operations.findByStationCodeAndStatusIn(stationCode, ON_STATION,
                Pageable.unpaged()).getContent();
        Optional<Operation> target = onStation.stream()
                .filter(o -> jobIdentifier != null && o.getCode().equals(jobIdentifier)).findFirst()
                .or(() -> onStation.stream().filter(o -> o.getStatus() != OperationStatus.DISPATCHED).findFirst());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Operation operation = target.get();
        if (operation.getStatus() == OperationStatus.DISPATCHED) {
            // checked here rather than caught, so a refused start never spoils the caller's transaction
            if (!orders.get(operation.getOrderId()).acceptsWork()) {
                return Optional.empty();
            }
            running.start(operation.getId(), "started by the machine (" + source + ")");
        }
        return Optional.of(reporting.report(operation.getId(), good, scrap, "counted by " + source));
    }
}
