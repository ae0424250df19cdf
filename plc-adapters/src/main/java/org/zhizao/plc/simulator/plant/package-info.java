/** Reading the parts of a plant file ({@code zhizao-plant/1}) that the simulator serves. */
package org.zhizao.plc.simulator.plant;
