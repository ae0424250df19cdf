package org.zhizao.mes.equipment.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.zhizao.mes.equipment.EquipmentCommands;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.plc.opcua.CommandResult;

/** Sends commands through the adapters and writes each with its result to the audit trail. */
@Service
class DeviceCommands implements EquipmentCommands {

    private final DeviceDirectory directory;
    private final AdapterRuntime runtime;
    private final HistoryWriter writer;

    DeviceCommands(DeviceDirectory directory, AdapterRuntime runtime, HistoryWriter writer) {
        this.directory = directory;
        this.runtime = runtime;
        this.writer = writer;
    }

    @Override
    public Outcome startJob(String stationCode, String jobIdentifier, String program, int quantity, Long orderId) {
        DeviceDirectory.Device machine = directory.all().stream()
                .filter(d -> stationCode.equals(d.station()) && d.template().equals("cnc-machine-tool"))
                .findFirst().orElseThrow(() -> new InvalidInput(
                        "stationCode: station '" + stationCode + "' has no bound CNC machine tool"));
        CommandResult r = runtime.call(machine.code(), "startJob", List.of(jobIdentifier, program, quantity));
        writer.auditCommand(machine.code(), "startJob", orderId,
                "job " + jobIdentifier + ", program " + program + ", quantity " + quantity, r.succeeded(), r.status());
        return new Outcome(machine.code(), "startJob", r.succeeded(), r.status(), r.message());
    }

    @Override
    public Outcome dispatchMission(String agvCode, String missionId, String source, String destination) {
        DeviceDirectory.Device agv = directory.find(agvCode).filter(d -> d.template().equals("agv"))
                .orElseThrow(() -> new InvalidInput("agvCode: '" + agvCode + "' is no bound AGV"));
        CommandResult r = runtime.call(agv.code(), "dispatchMission", List.of(missionId, source, destination));
        writer.auditCommand(agv.code(), "dispatchMission", null,
                "mission " + missionId + " from " + source + " to " + destination, r.succeeded(), r.status());
        return new Outcome(agv.code(), "dispatchMission", r.succeeded(), r.status(), r.message());
    }

    @Override
    public List<String> agvs() {
        return directory.all().stream().filter(d -> d.template().equals("agv")).map(DeviceDirectory.Device::code)
                .toList();
    }
}
