/**
 * The line operator's station terminal: a tablet screen bound to one station showing its current and next
 * operations, the work steps with their instructions, good and scrap counts live from the machine, the
 * station's availability state and active alarms, with large buttons to start, pause, resume and complete
 * an operation, acknowledge work steps in order, report scrap with a defect code, acknowledge an alarm and
 * classify a downtime interval with a reason from the reason tree.
 *
 * <p>It works the services of execution, equipment and quality through {@link org.zhizao.mes.station.StationDesk};
 * those modules depend on each other, so the terminal is a module of its own that nothing depends on.
 */
package org.zhizao.mes.station;
