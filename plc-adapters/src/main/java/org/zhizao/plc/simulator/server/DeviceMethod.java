package org.zhizao.plc.simulator.server;

import java.util.function.BooleanSupplier;
import org.eclipse.milo.opcua.sdk.server.methods.AbstractMethodInvocationHandler;
import org.eclipse.milo.opcua.sdk.server.nodes.UaMethodNode;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.Argument;
import org.zhizao.plc.simulator.device.DeviceCommandRejected;

/**
 * Calls a device command under the plant model's lock; a rejected command becomes
 * Bad_InvalidArgument or Bad_InvalidState (OPC 10000-4 §5.11.2), and a frozen or dropped device
 * answers Bad_NoCommunication.
 */
final class DeviceMethod extends AbstractMethodInvocationHandler {

  private final Argument[] inputs;
  private final Argument[] outputs;
  private final MethodBody body;
  private final Object lock;
  private final Runnable afterCall;
  private final BooleanSupplier reachable;

  DeviceMethod(
      UaMethodNode node, Argument[] inputs, Argument[] outputs, MethodBody body, Object lock,
      BooleanSupplier reachable, Runnable afterCall) {
    super(node);
    this.inputs = inputs;
    this.outputs = outputs;
    this.body = body;
    this.lock = lock;
    this.reachable = reachable;
    this.afterCall = afterCall;
  }

  @Override
  public Argument[] getInputArguments() {
    return inputs;
  }

  @Override
  public Argument[] getOutputArguments() {
    return outputs;
  }

  @Override
  protected Variant[] invoke(InvocationContext context, Variant[] inputValues) throws UaException {
    synchronized (lock) {
      if (!reachable.getAsBoolean()) {
        throw new UaException(StatusCodes.Bad_NoCommunication, "the device does not answer");
      }
      try {
        Variant[] result = body.call(inputValues);
        afterCall.run();
        return result;
      } catch (DeviceCommandRejected e) {
        long status = e.reason() == DeviceCommandRejected.Reason.INVALID_ARGUMENT
            ? StatusCodes.Bad_InvalidArgument
            : StatusCodes.Bad_InvalidState;
        throw new UaException(status, e.getMessage());
      }
    }
  }
}
