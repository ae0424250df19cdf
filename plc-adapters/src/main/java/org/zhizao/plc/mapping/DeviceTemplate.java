package org.zhizao.plc.mapping;

import java.util.Map;

/**
 * The mapping of one device type (cnc-machine-tool, robot, packml-station, energy-meter, agv, or
 * one an integrator writes for a particular machine) from canonical signals and commands to the
 * address space under the device's root node.
 *
 * @param name template name, referenced by device bindings
 * @param namespaces namespace aliases usable as path prefixes, alias → namespace URI
 * @param signals signals by canonical name, in configuration order
 * @param methods commands by canonical name
 */
public record DeviceTemplate(
    String name,
    Map<String, String> namespaces,
    Map<String, SignalMapping> signals,
    Map<String, MethodMapping> methods) {

  /** Namespace alias always available: the OPC UA base namespace (index 0). */
  public static final String UA_ALIAS = "ua";

  /** URI of the OPC UA base namespace. */
  public static final String UA_NAMESPACE = "http://opcfoundation.org/UA/";

  public DeviceTemplate {
    namespaces = Map.copyOf(namespaces);
    signals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(signals));
    methods = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(methods));
  }
}
