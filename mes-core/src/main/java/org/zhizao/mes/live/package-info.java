/**
 * The live event stream for the twin and the web UI: {@code GET /api/live/stream}, Server-Sent Events with
 * a snapshot and then coalesced changes (equipment states, counts, alarms, AGV positions, KPI updates).
 */
package org.zhizao.mes.live;
