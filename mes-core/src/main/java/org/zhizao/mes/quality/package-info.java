/**
 * Quality: inspection plans on routing operations and the results inspectors record against them;
 * statistical process control (X̄-R, X̄-S, I-MR charts, capability, the Nelson run rules raising alerts
 * and holds); the defect catalogue, defect records, Pareto analysis and quality rates; nonconformance
 * reports and their dispositions; unit and lot identifiers, the material lots each consumed, and the
 * resolver {@code GET /id/{prefix}/{suffix}} returning a unit's as-built record.
 *
 * <p>It blocks completing an operation whose required inspections are missing through
 * {@link org.zhizao.mes.execution.CompletionCheck}; nothing depends on this module.
 */
package org.zhizao.mes.quality;
