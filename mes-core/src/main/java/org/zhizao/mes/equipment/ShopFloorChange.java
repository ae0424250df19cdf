package org.zhizao.mes.equipment;

import java.time.Instant;
import java.util.Map;

/**
 * One change on the shop floor, as the live stream sends it. Changes with the same {@code key} supersede
 * each other: a client that falls behind needs only the latest one per key.
 *
 * @param key        what changed, e.g. {@code state:P1/F1/W1/L1/S01/CNC}, {@code count:P1/F1/W1/L1/S01},
 *                   {@code alarm:…}, {@code agv:P1/F1/W1/AGV1}, {@code signal:<device>/<signal>}
 * @param type       {@code state}, {@code count}, {@code alarm}, {@code agv}, {@code signal} or {@code kpi}
 * @param data       the new values, ready to be written as JSON
 * @param deviceTime when the device produced the change (its source time), for latency measurement
 */
public record ShopFloorChange(String key, String type, Map<String, Object> data, Instant deviceTime) {
}
