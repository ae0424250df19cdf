package org.zhizao.mes.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A product as the API shows it: with its bill of materials and routing. */
record ProductView(long id, String code, String nameZh, String nameEn, String family, Instant createdAt,
                   List<BomLineView> bom, List<ProductCatalog.RoutedOperation> routing) {

    record BomLineView(int lineNo, String componentCode, String componentName, BigDecimal quantity, String unit) {
    }

    /** A product in a list, without its routing. */
    record Summary(long id, String code, String nameZh, String nameEn, String family, int operations) {
        static Summary of(Product p) {
            return new Summary(p.getId(), p.getCode(), p.getNameZh(), p.getNameEn(), p.getFamily(),
                    p.getRouting().size());
        }
    }

    static ProductView of(Product p) {
        return new ProductView(p.getId(), p.getCode(), p.getNameZh(), p.getNameEn(), p.getFamily(), p.getCreatedAt(),
                p.getBom().stream().map(b -> new BomLineView(b.lineNo(), b.componentCode(), b.componentName(),
                        b.quantity(), b.unit())).toList(),
                p.routedOperations());
    }
}
