package org.zhizao.mes.product;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A product with its bill of materials and routing. */
@Entity
@Table(name = "product")
class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private String family;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "bom_line", joinColumns = @JoinColumn(name = "product_id"))
    @OrderBy("lineNo")
    private List<BomLine> bom = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<RoutingOperation> routing = new ArrayList<>();

    protected Product() {
    }

    Product(String code, String nameZh, String nameEn, String family, Instant createdAt) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.family = family;
        this.createdAt = createdAt;
    }

    void replaceBom(List<BomLine> lines) {
        bom.clear();
        bom.addAll(lines);
    }

    void clearRouting() {
        routing.clear();
    }

    void addOperation(RoutingOperation operation) {
        operation.attachTo(this);
        routing.add(operation);
    }

    ProductCatalog.ProductSummary summary() {
        return new ProductCatalog.ProductSummary(id, code, nameZh, nameEn, family);
    }

    List<ProductCatalog.RoutedOperation> routedOperations() {
        return routing.stream().map(RoutingOperation::snapshot).toList();
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getNameZh() {
        return nameZh;
    }

    String getNameEn() {
        return nameEn;
    }

    String getFamily() {
        return family;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    List<BomLine> getBom() {
        return bom;
    }

    List<RoutingOperation> getRouting() {
        return routing;
    }
}
