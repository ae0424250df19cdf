package org.zhizao.twin.scene;

/**
 * An AGV's position between updates. Updates arrive every few hundred milliseconds; drawing the AGV where
 * the last update put it would make it jump, so it is drawn one update interval in the past, moving
 * linearly from the previous reported position to the latest one.
 */
public final class AgvTrack {

    private double fromX, fromY, fromHeading;
    private double toX, toY, toHeading;
    private long fromTime, toTime;
    private boolean known;

    /** Records a reported position (workshop frame, metres, heading in degrees) at a time in ms. */
    public void report(double x, double y, double heading, long time) {
        if (!known) {
            fromX = toX = x;
            fromY = toY = y;
            fromHeading = toHeading = heading;
            fromTime = toTime = time;
            known = true;
            return;
        }
        if (time < toTime) {
            return; // an older update that crossed a newer one
        }
        // start the new leg from where the AGV is drawn now, so the motion stays continuous
        double[] now = at(time);
        fromX = now[0];
        fromY = now[1];
        fromHeading = now[2];
        fromTime = toTime;
        toX = x;
        toY = y;
        toHeading = heading;
        toTime = time;
    }

    public boolean known() {
        return known;
    }

    /** {x, y, heading} at a time (ms): interpolated over the latest leg, clamped at its ends. */
    public double[] at(long time) {
        long span = toTime - fromTime;
        if (span <= 0) {
            return new double[] {toX, toY, toHeading};
        }
        // the leg from the previous to the latest report plays over the interval after the latest report
        double f = Math.max(0, Math.min(1, (double) (time - toTime) / span));
        return new double[] {fromX + (toX - fromX) * f, fromY + (toY - fromY) * f, angle(fromHeading, toHeading, f)};
    }

    /** Interpolates headings the short way round (350° → 10° passes 0°). */
    static double angle(double from, double to, double f) {
        double d = ((to - from) % 360 + 540) % 360 - 180;
        return (from + d * f + 360) % 360;
    }
}
