package org.zhizao.mes.plant.domain;

import java.util.regex.Pattern;

/**
 * Where the adapters find a device: an OPC UA server endpoint, the device template that maps its nodes,
 * and the root node written with its namespace URI (OPC 10000-6 §5.3.1.10, {@code nsu=…;s=…}), so the
 * binding survives a server that reorders its namespaces.
 */
public record OpcUaBinding(String endpoint, DeviceTemplate template, String rootNode) {

    private static final Pattern ENDPOINT = Pattern.compile("opc\\.tcp://[^\\s/:]+(:\\d{1,5})?(/\\S*)?");
    private static final Pattern ROOT_NODE = Pattern.compile("nsu=[^;\\s]+;[sigb]=\\S.*");

    public static boolean isEndpoint(String text) {
        return ENDPOINT.matcher(text).matches();
    }

    public static boolean isRootNode(String text) {
        return ROOT_NODE.matcher(text).matches();
    }
}
