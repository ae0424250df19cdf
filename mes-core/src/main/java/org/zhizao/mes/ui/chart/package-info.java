/** Charts drawn on the server as SVG: Pareto bars, trends with reference lines, and the SVG writer. */
@org.springframework.modulith.NamedInterface("chart")
package org.zhizao.mes.ui.chart;
