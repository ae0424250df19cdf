package org.zhizao.plc.opcua;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.Argument;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowsePath;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowsePathResult;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.eclipse.milo.opcua.stack.core.types.structured.RelativePath;
import org.eclipse.milo.opcua.stack.core.types.structured.RelativePathElement;

/** Writes and method calls, each with a timeout and a readable result. */
final class Commands {

  CommandResult write(EndpointConnection connection, String device, String signal, Object value,
      Duration timeout) {
    String what = "write " + device + " " + signal;
    OpcUaClient client = connection == null ? null : connection.client();
    if (connection == null) {
      return CommandResult.failed("Bad_NotFound", what + ": no such device");
    }
    if (client == null || !connection.isConnected()) {
      return CommandResult.failed("Bad_NotConnected", what + ": " + connection.url() + " is not connected");
    }
    ResolvedDevice d = connection.device(device);
    ResolvedDevice.Signal s = d == null ? null : d.signal(signal);
    if (s == null) {
      return CommandResult.failed("Bad_NodeIdUnknown", what + ": the signal is not mapped or was not found on the server");
    }
    try {
      Variant variant = Values.toVariant(value, s.builtinType(), s.mapping().scale());
      StatusCode status = client.writeValuesAsync(List.of(s.nodeId()),
              List.of(DataValue.valueOnly(variant)))
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(0);
      return status.isGood()
          ? CommandResult.ok(what + " = " + value + ": done", List.of())
          : CommandResult.failed(Quality.of(status.value()).name(),
              what + " = " + value + ": refused by the server (" + Quality.of(status.value()).name() + ")");
    } catch (TimeoutException e) {
      return CommandResult.failed("Bad_Timeout", what + ": no answer within " + timeout.toMillis() + " ms");
    } catch (RuntimeException e) {
      return CommandResult.failed("Bad_TypeMismatch", what + ": cannot convert " + value + " to "
          + s.builtinType() + " (" + e.getMessage() + ")");
    } catch (Exception e) {
      return failure(what, e);
    }
  }

  CommandResult call(EndpointConnection connection, String device, String method, List<?> args,
      Duration timeout) {
    String what = "call " + device + " " + method;
    OpcUaClient client = connection == null ? null : connection.client();
    if (connection == null) {
      return CommandResult.failed("Bad_NotFound", what + ": no such device");
    }
    if (client == null || !connection.isConnected()) {
      return CommandResult.failed("Bad_NotConnected", what + ": " + connection.url() + " is not connected");
    }
    ResolvedDevice d = connection.device(device);
    ResolvedDevice.Method m = d == null ? null : d.methods().get(method);
    if (m == null) {
      return CommandResult.failed("Bad_MethodInvalid", what + ": the method is not mapped or was not found on the server");
    }
    try {
      Variant[] inputs = inputs(client, m.methodId(), args);
      CallMethodResult result = client.callAsync(List.of(new CallMethodRequest(m.objectId(), m.methodId(), inputs)))
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS).getResults()[0];
      StatusCode status = result.getStatusCode();
      if (!status.isGood()) {
        String detail = result.getInputArgumentResults() == null ? "" : " input arguments: "
            + Arrays.stream(result.getInputArgumentResults()).map(c -> Quality.of(c.value()).name()).toList();
        return CommandResult.failed(Quality.of(status.value()).name(),
            what + ": refused by the server (" + Quality.of(status.value()).name() + ")" + detail);
      }
      List<Object> outputs = new ArrayList<>();
      if (result.getOutputArguments() != null) {
        for (Variant v : result.getOutputArguments()) {
          outputs.add(Values.toJava(v.value(), 1.0));
        }
      }
      return CommandResult.ok(what + ": done", outputs);
    } catch (TimeoutException e) {
      return CommandResult.failed("Bad_Timeout", what + ": no answer within " + timeout.toMillis() + " ms");
    } catch (Exception e) {
      return failure(what, e);
    }
  }

  /** Converts the arguments to the types in the method's InputArguments property. */
  private static Variant[] inputs(OpcUaClient client, NodeId methodId, List<?> args) {
    List<Argument> declared = declaredInputs(client, methodId);
    Variant[] inputs = new Variant[args.size()];
    for (int i = 0; i < args.size(); i++) {
      OpcUaDataType type = i < declared.size() && OpcUaDataType.isBuiltin(declared.get(i).getDataType())
          ? OpcUaDataType.fromNodeId(declared.get(i).getDataType()) : null;
      inputs[i] = type == null || args.get(i) instanceof Variant
          ? Values.argument(args.get(i)) : Values.toVariant(args.get(i), type, 1.0);
    }
    return inputs;
  }

  private static List<Argument> declaredInputs(OpcUaClient client, NodeId methodId) {
    try {
      BrowsePathResult r = client.translateBrowsePaths(List.of(new BrowsePath(methodId,
          new RelativePath(new RelativePathElement[] {new RelativePathElement(NodeIds.HasProperty,
              false, true, new QualifiedName(0, "InputArguments"))})))).getResults()[0];
      if (!r.getStatusCode().isGood() || r.getTargets() == null || r.getTargets().length == 0) {
        return List.of();
      }
      Optional<NodeId> property = r.getTargets()[0].getTargetId().toNodeId(client.getNamespaceTable());
      if (property.isEmpty()) {
        return List.of();
      }
      Object value = client.readValue(0, TimestampsToReturn.Neither, property.get()).getValue().value();
      List<Argument> arguments = new ArrayList<>();
      if (value instanceof ExtensionObject[] xos) {
        for (ExtensionObject xo : xos) {
          arguments.add((Argument) xo.decode(client.getStaticEncodingContext()));
        }
      }
      return arguments;
    } catch (UaException | RuntimeException e) {
      return List.of(); // pass the arguments as given; the server will say if they do not fit
    }
  }

  private static CommandResult failure(String what, Exception e) {
    Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof UaException ua) {
      String name = Quality.of(ua.getStatusCode().value()).name();
      return CommandResult.failed(name, what + ": failed (" + name + ")");
    }
    return CommandResult.failed("Bad_UnexpectedError", what + ": failed (" + cause + ")");
  }
}
