package org.zhizao.plc.mapping;

/**
 * Binds one device to its server: the same triple the plant model carries for every equipment and
 * AGV ({@code binding: {endpoint, template, rootNode}}), plus the device's code.
 *
 * @param device the device code, e.g. {@code P1/F1/W1/L1/S01/CNC}; names the device in every update
 * @param endpoint the server's {@code opc.tcp://host:port/path} URL
 * @param template the name of the device template
 * @param rootNode the device's root node, written with its namespace URI:
 *     {@code nsu=urn:zhizao:plant-simulator;s=P1/F1/W1/L1/S01/CNC}
 */
public record DeviceBinding(String device, String endpoint, String template, String rootNode) {}
