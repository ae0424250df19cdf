package org.zhizao.mes.equipment.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhizao.equipment.*}: whether the server connects to the bound devices, where the OPC UA client
 * keeps its certificates, how often history is stored; {@code zhizao.simulator.*}: the in-process plant
 * simulator.
 */
@ConfigurationProperties(prefix = "zhizao")
public record EquipmentProperties(@DefaultValue Equipment equipment, @DefaultValue Simulator simulator) {

    /**
     * @param connect     connect to the devices bound in the plant model (default true)
     * @param pkiDir      the OPC UA client's key store and trust lists
     * @param flushMillis how often ingested history is stored
     * @param commandTimeoutMillis how long a command to a device may take
     * @param publishingIntervalMillis the OPC UA subscriptions' publishing interval
     * @param maxSamplingMillis    if above 0, no signal is sampled slower than this (the templates sample
     *                             at 250 ms to 1 s; a shorter interval lowers latency and raises load)
     */
    public record Equipment(@DefaultValue("true") boolean connect,
                            @DefaultValue("data/opcua-client-pki") String pkiDir,
                            @DefaultValue("500") long flushMillis,
                            @DefaultValue("5000") long commandTimeoutMillis,
                            @DefaultValue("250") double publishingIntervalMillis,
                            @DefaultValue("0") double maxSamplingMillis) {
    }

    /**
     * @param enabled    start the plant simulator in the server (the demo profile does)
     * @param plant      the plant file it simulates
     * @param port       its TCP port; 0 picks a free one
     * @param timeFactor simulated seconds per real second
     * @param autoJobs   idle machines and AGVs start demo jobs and missions by themselves
     * @param steady     no random breakdowns and micro-stops
     */
    public record Simulator(@DefaultValue("false") boolean enabled,
                            @DefaultValue("classpath:plant/demo-park.yaml") String plant,
                            @DefaultValue("4840") int port,
                            @DefaultValue("42") long seed,
                            @DefaultValue("10") double timeFactor,
                            @DefaultValue("true") boolean autoJobs,
                            @DefaultValue("false") boolean steady,
                            @DefaultValue("data/plant-simulator/security") String securityDir) {
    }
}
