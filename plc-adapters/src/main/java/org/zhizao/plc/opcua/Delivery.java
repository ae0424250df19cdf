package org.zhizao.plc.opcua;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.zhizao.plc.mapping.MappingProblem;

/**
 * Hands everything the adapters see to the listeners on one thread of its own, so that OPC UA
 * client threads never wait for a listener (a blocked subscription callback stops publishing, Milo
 * issue 852). Keeps each signal's last value and counter state across reconnects.
 */
final class Delivery {

  private static final Logger LOG = Logger.getLogger(Delivery.class.getName());

  private final List<AdapterListener> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, SignalState> states = new ConcurrentHashMap<>();
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "opcua-adapter-delivery");
    t.setDaemon(true);
    return t;
  });

  /** Mutable state of one signal, touched only on the delivery thread (seeds excepted). */
  static final class SignalState {
    volatile Object lastValue;
    volatile CounterDelta counter;
  }

  void addListener(AdapterListener listener) {
    listeners.add(listener);
  }

  void removeListener(AdapterListener listener) {
    listeners.remove(listener);
  }

  SignalState state(String device, String signal) {
    return states.computeIfAbsent(device + '\u0000' + signal, k -> new SignalState());
  }

  void seedCounter(String device, String signal, long reading, int bits) {
    SignalState s = state(device, signal);
    CounterDelta c = new CounterDelta(bits);
    c.seed(reading);
    s.counter = c;
  }

  /** Values from a subscription or a read. */
  void values(List<Tracked> signals, List<DataValue> values) {
    thread.execute(() -> {
      for (int i = 0; i < signals.size(); i++) {
        fire(update(signals.get(i), values.get(i)));
      }
    });
  }

  /** Marks the signals as not connected, repeating their last values. */
  void notConnected(Collection<Tracked> signals) {
    thread.execute(() -> {
      Instant now = Instant.now();
      for (Tracked t : signals) {
        fire(new SignalUpdate(t.signal().device(), t.signal().mapping().name(), t.state().lastValue,
            Quality.NOT_CONNECTED, null, now, t.signal().mapping().unit(), null));
      }
    });
  }

  void connection(ConnectionEvent event) {
    thread.execute(() -> listeners.forEach(l -> safely(() -> l.onConnection(event))));
  }

  void problem(MappingProblem problem) {
    LOG.warning(problem.toString());
    thread.execute(() -> listeners.forEach(l -> safely(() -> l.onProblem(problem))));
  }

  void close() {
    thread.shutdown();
    try {
      thread.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private SignalUpdate update(Tracked t, DataValue dv) {
    ResolvedDevice.Signal s = t.signal();
    Quality quality = Quality.of(dv.getStatusCode() == null ? 0 : dv.getStatusCode().value());
    Object value = dv.getValue() == null ? null : Values.toJava(dv.getValue().value(), 1.0);
    Long delta = null;
    if (s.mapping().counter() && quality.isGood() && value instanceof Number n) {
      CounterDelta counter = t.state().counter;
      if (counter == null) {
        counter = new CounterDelta(s.counterBits());
        t.state().counter = counter;
      }
      delta = counter.next(n.longValue());
    }
    if (value instanceof Number n && s.mapping().scale() != 1.0) {
      value = n.doubleValue() * s.mapping().scale();
    }
    if (quality.isGood()) {
      t.state().lastValue = value;
    }
    return new SignalUpdate(s.device(), s.mapping().name(), value, quality,
        instant(dv.getSourceTime()), instant(dv.getServerTime()), s.mapping().unit(), delta);
  }

  private void fire(SignalUpdate update) {
    for (AdapterListener l : listeners) {
      safely(() -> l.onUpdate(update));
    }
  }

  private static void safely(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "an adapter listener failed", e);
    }
  }

  private static Instant instant(DateTime time) {
    return time == null || time.isNull() ? null : time.getJavaInstant();
  }

  /** A resolved signal with its lasting state; the user object of its monitored item. */
  record Tracked(ResolvedDevice.Signal signal, SignalState state) {}
}
