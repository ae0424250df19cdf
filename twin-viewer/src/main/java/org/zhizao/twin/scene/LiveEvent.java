package org.zhizao.twin.scene;

import java.util.Map;

/**
 * One change from mes-core's live stream: {@code key} as {@code state:<device>}, {@code type} one of state,
 * count, alarm, agv, kpi; {@code time} the device time in epoch milliseconds (or the receive time).
 */
public record LiveEvent(String key, String type, Map<String, Object> data, long time) {

    public String text(String field) {
        Object v = data.get(field);
        return v == null ? null : String.valueOf(v);
    }

    public double number(String field, double fallback) {
        return data.get(field) instanceof Number n ? n.doubleValue() : fallback;
    }
}
