package org.zhizao.mes.quality.genealogy;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.order.OrderProgress;
import org.zhizao.mes.product.ProductCatalog;
import org.zhizao.mes.quality.domain.Tracking;
import org.zhizao.mes.quality.inspection.CurrentUser;
import org.zhizao.mes.shared.domain.NotFound;

/**
 * Whether a product is tracked per unit or per lot: its quality setting, {@link Tracking#UNIT} until set.
 * Identifiers are issued, and genealogy kept, the way the product is tracked.
 */
@Service
public class ConfiguringTracking {

    /** A product's tracking; {@code updatedBy} and {@code updatedAt} are null while it is the default. */
    public record ProductTrackingView(String productCode, Tracking tracking, String updatedBy, Instant updatedAt) {
    }

    private static final List<String> FINISHED = List.of("COMPLETED", "CANCELLED");

    private final ProductTrackingRepository settings;
    private final GenealogyUnitRepository units;
    private final ProductCatalog products;
    private final OrderProgress orders;
    private final AuditTrail audit;
    private final CurrentUser user;

    ConfiguringTracking(ProductTrackingRepository settings, GenealogyUnitRepository units, ProductCatalog products,
            OrderProgress orders, AuditTrail audit, CurrentUser user) {
        this.settings = settings;
        this.units = units;
        this.products = products;
        this.orders = orders;
        this.audit = audit;
        this.user = user;
    }

    /** The product's tracking; 404 for an unknown product. */
    @Transactional(readOnly = true)
    public ProductTrackingView get(String productCode) {
        requireProduct(productCode);
        return settings.findById(productCode).map(ConfiguringTracking::view)
                .orElse(new ProductTrackingView(productCode, Tracking.UNIT, null, null));
    }

    /** The tracking of a product known to exist, as identifying follows it. */
    @Transactional(readOnly = true)
    public Tracking trackingOf(String productCode) {
        return settings.findById(productCode).map(ProductTracking::getTracking).orElse(Tracking.UNIT);
    }

    /** Sets the product's tracking (audited); refused while unfinished orders hold identifiers of the old kind. */
    @Transactional
    public ProductTrackingView set(String productCode, Tracking tracking) {
        requireProduct(productCode);
        Tracking current = trackingOf(productCode);
        List<String> open = units.findByProductCodeAndKind(productCode, GenealogyUnit.Kind.valueOf(current.name()))
                .stream().map(GenealogyUnit::getOrderId).distinct().map(orders::get)
                .filter(o -> !FINISHED.contains(o.status())).map(OrderProgress.OrderSnapshot::number).sorted()
                .toList();
        Tracking.switching(productCode, current, tracking, open).orThrow();
        ProductTracking setting = settings.findById(productCode).orElse(null);
        if (setting == null) {
            setting = settings.save(new ProductTracking(productCode, tracking, user.name(), user.now()));
        } else {
            setting.set(tracking, user.name(), user.now());
        }
        audit.record(new AuditRecord("PRODUCT_TRACKING", productCode, null, "SET", current.name(), tracking.name(),
                "identifiers " + tracking.describe().replace("tracked ", "")));
        return view(setting);
    }

    private void requireProduct(String productCode) {
        if (products.findByCode(productCode).isEmpty()) {
            throw new NotFound("product", productCode);
        }
    }

    private static ProductTrackingView view(ProductTracking t) {
        return new ProductTrackingView(t.getProductCode(), t.getTracking(), t.getUpdatedBy(), t.getUpdatedAt());
    }
}
