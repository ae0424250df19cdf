package org.zhizao.twin.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the station panel shows from mes-core's latest signals and last inspection result: the NC (or robot)
 * program, spindle speed and load, the power drawn, and the last inspection. Plain text, no JavaFX.
 */
final class StationReadings {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final String NONE = "–";

    /** The panel's texts; {@code inspection} holds {passed} or {failed} for the caller to translate. */
    record Panel(String program, String spindle, String power, String inspection) {
    }

    private StationReadings() {
    }

    /**
     * @param devices    {@code GET /api/equipment/latest-signals}: devices with signals by name
     * @param inspection {@code GET /api/quality/results/latest}, or null when none was recorded
     */
    static Panel panel(JsonNode devices, JsonNode inspection) {
        String program = NONE;
        String spindle = NONE;
        Double meterPower = null;
        double devicePower = 0;
        boolean anyPower = false;
        for (JsonNode d : devices) {
            JsonNode signals = d.path("signals");
            String p = text(signals.path("program").path("value"));
            if (p != null && program.equals(NONE)) {
                program = p;
            }
            JsonNode speed = signals.path("spindleSpeed").path("value");
            if (speed.isNumber()) {
                JsonNode load = signals.path("spindleLoad").path("value");
                spindle = String.format(Locale.ROOT, "%,.0f r/min", speed.asDouble())
                        + (load.isNumber() ? String.format(Locale.ROOT, " · %.0f %%", load.asDouble()) : "");
            }
            JsonNode power = signals.path("power").path("value");
            if (power.isNumber()) {
                if ("ENERGY_METER".equals(d.path("type").asText())) {
                    meterPower = power.asDouble();
                } else {
                    devicePower += power.asDouble();
                    anyPower = true;
                }
            }
        }
        // the station's meter measures all of it; without one, add up what the machines report
        String power = meterPower != null ? String.format(Locale.ROOT, "%.2f kW", meterPower)
                : anyPower ? String.format(Locale.ROOT, "%.2f kW", devicePower) : NONE;
        return new Panel(program, spindle, power, inspection(inspection));
    }

    private static String inspection(JsonNode r) {
        if (r == null || r.isNull() || r.isMissingNode()) {
            return NONE;
        }
        StringBuilder s = new StringBuilder(r.path("characteristic").asText());
        if (r.path("value").isNumber()) {
            s.append(' ').append(r.path("value").asText());
            String unit = text(r.path("unit"));
            if (unit != null) {
                s.append(' ').append(unit);
            }
        }
        s.append(' ').append(r.path("passed").asBoolean() ? "{passed}" : "{failed}");
        for (JsonNode code : r.path("defectCodes")) {
            s.append(' ').append(code.asText());
        }
        String at = text(r.path("recordedAt"));
        if (at != null) {
            s.append(" (").append(TIME.format(Instant.parse(at)));
            String inspector = text(r.path("inspector"));
            s.append(inspector == null ? "" : ", " + inspector).append(')');
        }
        return s.toString();
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() || n.asText().isBlank() ? null : n.asText();
    }
}
