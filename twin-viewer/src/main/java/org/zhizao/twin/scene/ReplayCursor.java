package org.zhizao.twin.scene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replays a window of history: the events of the window in time order, a cursor time, play or pause and a
 * speed. The state at the cursor is every event up to it applied in order to an empty {@link LiveState}.
 */
public final class ReplayCursor {

    private final List<LiveEvent> events;
    private final long from;
    private final long to;
    private long cursor;
    private boolean playing;
    private double speed = 1;

    public ReplayCursor(List<LiveEvent> events, long from, long to) {
        if (to < from) {
            throw new IllegalArgumentException("the window ends before it starts");
        }
        List<LiveEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong(LiveEvent::time));
        this.events = sorted;
        this.from = from;
        this.to = to;
        this.cursor = from;
    }

    /** The window's events in time order. */
    public List<LiveEvent> events() {
        return java.util.Collections.unmodifiableList(events);
    }

    public long from() {
        return from;
    }

    public long to() {
        return to;
    }

    public long cursor() {
        return cursor;
    }

    public void seek(long time) {
        cursor = Math.max(from, Math.min(to, time));
    }

    /** The position in the window, 0 to 1. */
    public double fraction() {
        return to == from ? 1 : (double) (cursor - from) / (to - from);
    }

    public void seekFraction(double f) {
        seek(from + Math.round((to - from) * Math.max(0, Math.min(1, f))));
    }

    public void play() {
        playing = cursor < to;
    }

    public void pause() {
        playing = false;
    }

    public boolean playing() {
        return playing;
    }

    public double speed() {
        return speed;
    }

    public void speed(double speed) {
        if (speed <= 0) {
            throw new IllegalArgumentException("speed must be above zero");
        }
        this.speed = speed;
    }

    /** Moves the cursor by real elapsed milliseconds times the speed while playing; stops at the end. */
    public void advance(long realMillis) {
        if (!playing) {
            return;
        }
        seek(cursor + Math.round(realMillis * speed));
        if (cursor >= to) {
            playing = false;
        }
    }

    /** The state at the cursor. */
    public LiveState state() {
        LiveState s = new LiveState();
        for (LiveEvent e : events) {
            if (e.time() > cursor) {
                break;
            }
            s.apply(e);
        }
        return s;
    }
}
