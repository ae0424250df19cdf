package org.zhizao.mes.equipment;

import java.util.List;

/** Commands the MES sends to devices through their adapters; each command and its result is audited. */
public interface EquipmentCommands {

    /**
     * The outcome of a command.
     *
     * @param status the OPC UA status name, e.g. {@code Good}, {@code Bad_InvalidState}
     */
    record Outcome(String device, String command, boolean succeeded, String status, String message) {
    }

    /** Starts a job on a CNC machine tool of the station: the start-job method with id, program, quantity. */
    Outcome startJob(String stationCode, String jobIdentifier, String program, int quantity, Long orderId);

    /** Sends an AGV a transport mission from one station to another. */
    Outcome dispatchMission(String agvCode, String missionId, String source, String destination);

    /** Codes of the AGVs bound in the plant model. */
    List<String> agvs();
}
