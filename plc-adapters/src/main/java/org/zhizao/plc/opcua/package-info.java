/**
 * OPC UA client adapters: {@link org.zhizao.plc.opcua.OpcUaAdapter} connects the devices of an
 * {@link org.zhizao.plc.mapping.AdapterConfig} (one connection per endpoint), reports
 * {@link org.zhizao.plc.opcua.SignalUpdate}s, {@link org.zhizao.plc.opcua.ConnectionEvent}s and
 * configuration problems to {@link org.zhizao.plc.opcua.AdapterListener}s, and writes signals and
 * calls methods with a {@link org.zhizao.plc.opcua.CommandResult}. Built on Eclipse Milo; see
 * {@code docs/opcua-mapping.md}.
 */
package org.zhizao.plc.opcua;
