package org.zhizao.mes.equipment.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhizao.mes.execution.MachineJobs;
import org.zhizao.mes.execution.OperationStatusChanged;
import org.zhizao.mes.execution.OperationView;

/**
 * When an operation is dispatched to a station with a CNC machine tool, the job goes to the machine:
 * identifier = the operation's code (so the machine's counts find their operation), program = the
 * operation type, quantity = the good parts still to make. Sent after the dispatch commits, off the
 * caller's thread, since a machine may take seconds to answer.
 */
@Component
class DispatchToMachine implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DispatchToMachine.class);

    private final MachineJobs jobs;
    private final DeviceCommands commands;
    private final DeviceDirectory directory;
    private final AdapterRuntime runtime;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "equipment-commands");
        t.setDaemon(true);
        return t;
    });

    DispatchToMachine(MachineJobs jobs, DeviceCommands commands, DeviceDirectory directory, AdapterRuntime runtime) {
        this.runtime = runtime;
        this.jobs = jobs;
        this.commands = commands;
        this.directory = directory;
    }

    @TransactionalEventListener
    void dispatched(OperationStatusChanged event) {
        // a server that does not talk to devices sends nothing (and audits nothing)
        if (!"DISPATCHED".equals(event.to()) || event.stationCode() == null || !runtime.connects()) {
            return;
        }
        boolean hasMachine = directory.all().stream()
                .anyMatch(d -> event.stationCode().equals(d.station()) && d.template().equals("cnc-machine-tool"));
        if (!hasMachine) {
            return;
        }
        executor.execute(() -> {
            try {
                OperationView op = jobs.job(event.operationId());
                int quantity = Math.max(1, op.plannedQuantity() - op.goodQuantity());
                commands.startJob(event.stationCode(), op.code(), op.operationType(), quantity, op.orderId());
            } catch (RuntimeException e) {
                log.warn("Sending operation {} to its machine failed: {}", event.operationCode(), e.toString());
            }
        });
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
