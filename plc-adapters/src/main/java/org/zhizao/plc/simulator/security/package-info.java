/** The simulator's certificate stores on disk and the users it accepts. */
package org.zhizao.plc.simulator.security;
