package org.zhizao.twin.support;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;

/**
 * An OPC UA client of the plant simulator inside the packaged server, calling a device's
 * {@code Simulation/BreakDown} and {@code Simulation/Repair} methods: a real breakdown, as the simulator
 * would have one, that reaches the viewer through mes-core's adapters and live stream.
 */
public final class SimulatorControl implements AutoCloseable {

    private final OpcUaClient client;
    private final int namespace;

    public SimulatorControl(String endpointUrl) throws UaException {
        client = OpcUaClient.create(endpointUrl,
                endpoints -> endpoints.stream()
                        .filter(e -> e.getSecurityPolicyUri().equals(SecurityPolicy.None.getUri()))
                        .filter(e -> e.getSecurityMode() == MessageSecurityMode.None)
                        .filter(e -> !e.getEndpointUrl().endsWith("/discovery")).findFirst(),
                transport -> { },
                config -> config.setIdentityProvider(new AnonymousProvider()).setRequestTimeout(uint(10_000)));
        client.connect();
        namespace = client.readNamespaceTable().getIndex("urn:zhizao:plant-simulator").intValue();
    }

    public StatusCode breakDown(String device) throws UaException {
        return call(device, "BreakDown");
    }

    public StatusCode repair(String device) throws UaException {
        return call(device, "Repair");
    }

    private StatusCode call(String device, String method) throws UaException {
        NodeId object = new NodeId(namespace, device + "/Simulation");
        NodeId methodId = new NodeId(namespace, device + "/Simulation/" + method);
        return client.call(List.of(new CallMethodRequest(object, methodId, new Variant[0]))).getResults()[0]
                .getStatusCode();
    }

    @Override
    public void close() throws UaException {
        client.disconnect();
    }
}
