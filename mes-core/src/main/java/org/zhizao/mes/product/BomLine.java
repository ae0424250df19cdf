package org.zhizao.mes.product;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One line of a bill of materials: how much of a component goes into one unit of the product. */
@Embeddable
record BomLine(@Column(name = "line_no") int lineNo,
               @Column(name = "component_code") String componentCode,
               @Column(name = "component_name") String componentName,
               @Column(name = "quantity") BigDecimal quantity,
               @Column(name = "unit") String unit) {
}
