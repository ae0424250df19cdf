/** AGV routing along a workshop's paths. */
package org.zhizao.plc.simulator.route;
