package org.zhizao.plc.mapping;

/**
 * A command a device type offers (startJob, dispatchMission, …), mapped to an OPC UA method.
 *
 * <p>{@code path} is the method's relative browse path from the device's root node; the object
 * the method is called on is the node one segment up (the root itself for a one-segment path).
 * Alternatively {@code objectId} and {@code methodId} give both nodes as node ids with namespace URI.
 *
 * @param name the canonical command name
 * @param path relative browse path of the method node, or {@code null}
 * @param objectId node id of the object, or {@code null}
 * @param methodId node id of the method, or {@code null}
 */
public record MethodMapping(String name, String path, String objectId, String methodId) {

  /** Where the method is found, as written in the configuration. */
  public String location() {
    return path != null ? path : objectId + " / " + methodId;
  }
}
