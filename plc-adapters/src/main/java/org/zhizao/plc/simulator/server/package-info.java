/**
 * The OPC UA side of the simulator: the Milo server, its endpoints and the namespace whose nodes
 * follow the devices, one class per device template.
 */
package org.zhizao.plc.simulator.server;
