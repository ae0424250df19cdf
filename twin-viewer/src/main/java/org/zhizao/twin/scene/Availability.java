package org.zhizao.twin.scene;

/**
 * The availability states mes-core reports (after OPC 40001-1 / PackML), with the colour each is drawn in.
 * Colours follow the andon convention: green runs, amber waits, red is down, grey is unknown.
 */
public enum Availability {
    RUNNING(0x2E7D32),
    IDLE(0xF9A825),
    SETUP(0x1565C0),
    PLANNED_DOWNTIME(0x6A1B9A),
    UNPLANNED_DOWN(0xC62828),
    BLOCKED(0xEF6C00),
    STARVED(0xFFD54F),
    OFFLINE(0x757575);

    /** An active alarm overrides the state colour: magenta, so it is never mistaken for a state. */
    public static final int ALARM_RGB = 0xFF00FF;

    private final int rgb;

    Availability(int rgb) {
        this.rgb = rgb;
    }

    public int rgb() {
        return rgb;
    }

    /** The state named by mes-core, or OFFLINE when it is missing or unknown. */
    public static Availability parse(String name) {
        if (name == null) {
            return OFFLINE;
        }
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            return OFFLINE;
        }
    }
}
