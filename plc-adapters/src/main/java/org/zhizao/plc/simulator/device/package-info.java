/**
 * The simulated devices in plain Java, free of OPC UA: machine tools, robots, PackML stations,
 * energy meters and AGVs with their states, counters, breakdowns and alarms.
 */
package org.zhizao.plc.simulator.device;
