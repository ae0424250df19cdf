package org.zhizao.plc.opcua;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.zhizao.plc.mapping.MappingProblem;

/** Records everything an adapter reports, and waits for what a test expects. */
final class Recorder implements AdapterListener {

  final List<SignalUpdate> updates = new CopyOnWriteArrayList<>();
  final List<ConnectionEvent> events = new CopyOnWriteArrayList<>();
  final List<MappingProblem> problems = new CopyOnWriteArrayList<>();

  @Override
  public void onUpdate(SignalUpdate update) {
    updates.add(update);
  }

  @Override
  public void onConnection(ConnectionEvent event) {
    events.add(event);
  }

  @Override
  public void onProblem(MappingProblem problem) {
    problems.add(problem);
  }

  SignalUpdate awaitUpdate(Predicate<SignalUpdate> match, Duration timeout) {
    return await(() -> updates.stream().filter(match).reduce((a, b) -> b).orElse(null), timeout,
        "no matching update; last ones: " + tail(updates));
  }

  SignalUpdate awaitUpdate(String device, String signal, Predicate<SignalUpdate> match, Duration timeout) {
    return awaitUpdate(u -> u.device().equals(device) && u.signal().equals(signal) && match.test(u),
        timeout);
  }

  ConnectionEvent awaitEvent(Predicate<ConnectionEvent> match, Duration timeout) {
    return await(() -> events.stream().filter(match).reduce((a, b) -> b).orElse(null), timeout,
        "no matching connection event; got: " + events);
  }

  MappingProblem awaitProblem(Predicate<MappingProblem> match, Duration timeout) {
    return await(() -> problems.stream().filter(match).findFirst().orElse(null), timeout,
        "no matching problem; got: " + problems);
  }

  long updatesOf(String device, String signal) {
    return updates.stream().filter(u -> u.device().equals(device) && u.signal().equals(signal)).count();
  }

  static <T> T await(java.util.function.Supplier<T> probe, Duration timeout, String failure) {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      T found = probe.get();
      if (found != null) {
        return found;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
    throw new AssertionError(failure);
  }

  private static List<SignalUpdate> tail(List<SignalUpdate> list) {
    return list.subList(Math.max(0, list.size() - 8), list.size());
  }
}
