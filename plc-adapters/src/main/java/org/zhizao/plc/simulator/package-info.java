/**
 * The plant simulator: a real OPC UA server (Eclipse Milo) that serves the devices of a plant file
 * and lets them run jobs, count parts, break down and drive missions in simulated time. Start it with
 * {@link org.zhizao.plc.simulator.PlantSimulator#builder()} or {@link
 * org.zhizao.plc.simulator.PlantSimulatorMain}; its address space is documented in
 * docs/opcua-mapping.md.
 */
package org.zhizao.plc.simulator;
