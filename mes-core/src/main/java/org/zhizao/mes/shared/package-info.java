/**
 * What every feature module shares: rule decisions, the errors they turn into, and problem details.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.zhizao.mes.shared;
