package org.zhizao.plc.simulator.device;

/** A transport mission: fetch a load at a source and bring it to a destination. */
public final class AgvMission {

  /** Where a mission stands. */
  public enum Phase {
    TO_SOURCE("ToSource"),
    LOADING("Loading"),
    TO_DESTINATION("ToDestination"),
    UNLOADING("Unloading"),
    COMPLETED("Completed");

    private final String displayName;

    Phase(String displayName) {
      this.displayName = displayName;
    }

    public String displayName() {
      return displayName;
    }
  }

  private final String identifier;
  private final String source;
  private final String destination;
  private Phase phase = Phase.TO_SOURCE;

  AgvMission(String identifier, String source, String destination) {
    this.identifier = identifier;
    this.source = source;
    this.destination = destination;
  }

  public String identifier() {
    return identifier;
  }

  public String source() {
    return source;
  }

  public String destination() {
    return destination;
  }

  public Phase phase() {
    return phase;
  }

  void phase(Phase next) {
    phase = next;
  }
}
