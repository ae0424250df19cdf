package org.zhizao.plc.opcua;

/**
 * Turns successive readings of a monotonic part counter into counted parts.
 *
 * <p>Machines keep lifetime counters (OPC 40501-1 part counters, PackML ProdProcessedCount); the MES
 * counts the difference between readings, so parts made while the connection was down are counted
 * on the first reading after it, neither lost nor doubled. Rules, for a previous reading {@code p}
 * and a new reading {@code c} of a counter {@code bits} wide ({@code max = 2^bits - 1}):
 *
 * <ul>
 *   <li>no previous reading: the reading becomes the baseline, delta 0 (unless a baseline was
 *       seeded from a reading the MES stored earlier);
 *   <li>{@code c >= p}: delta {@code c - p};
 *   <li>{@code c < p} and {@code p} in the top quarter of the range and {@code c} in the bottom
 *       quarter: the counter wrapped, delta {@code (max - p) + c + 1};
 *   <li>otherwise {@code c < p}: the counter was reset (a new controller, a cleared memory), delta
 *       {@code c}: the parts counted since the reset. Parts made between the last reading and the
 *       reset cannot be known and are not counted.
 * </ul>
 */
public final class CounterDelta {

  private final int bits;
  private Long previous;

  /** A counter of the given width in bits (1..64; 64 is treated as 63, Java's long range). */
  public CounterDelta(int bits) {
    if (bits < 1 || bits > 64) {
      throw new IllegalArgumentException("counter width must be 1..64 bits, was " + bits);
    }
    this.bits = Math.min(bits, 63);
  }

  /** Sets the baseline, e.g. the last reading the MES stored before a restart. */
  public synchronized void seed(long reading) {
    previous = reading;
  }

  /** The delta for a new reading, which becomes the baseline for the next one. */
  public synchronized long next(long reading) {
    Long p = previous;
    previous = reading;
    return p == null ? 0 : delta(p, reading, bits);
  }

  /** The last reading, or {@code null} before the first. */
  public synchronized Long last() {
    return previous;
  }

  /** The delta between two readings of a counter {@code bits} wide; see the class comment. */
  public static long delta(long previous, long current, int bits) {
    if (current >= previous) {
      return current - previous;
    }
    long max = bits >= 63 ? Long.MAX_VALUE : (1L << bits) - 1;
    long quarter = max / 4;
    if (previous >= max - quarter && current <= quarter) {
      return (max - previous) + current + 1;
    }
    return current;
  }
}
