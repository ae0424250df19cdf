package org.zhizao.plc.simulator.server;

import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;

/** What a device method does with its input arguments; returns its output arguments. */
@FunctionalInterface
interface MethodBody {
  Variant[] call(Variant[] inputs);
}
