/**
 * Key performance indicators per ISO 22400-2 (availability, effectiveness, quality ratio, OEE, scrap ratio,
 * first pass yield, throughput rate, setup ratio, MTBF, MTTR, energy per good unit) for a station and
 * rolled up per line, workshop, factory and park, and the plan's targets. Formulas in
 * {@code kpi.domain}; definitions in docs/kpis.md.
 */
package org.zhizao.mes.kpi;
