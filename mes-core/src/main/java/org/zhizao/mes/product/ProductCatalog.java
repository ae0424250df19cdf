package org.zhizao.mes.product;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.shared.domain.NotFound;

/**
 * What other modules may read of products: the product itself and its routing, as immutable snapshots.
 * Orders copy the routing when they are released, so later routing changes do not touch running work.
 */
@Service
public class ProductCatalog {

    /** A product as other modules see it. */
    public record ProductSummary(long id, String code, String nameZh, String nameEn, String family) {
    }

    /** A station eligible for an operation, with its times in minutes. */
    public record EligibleStation(String stationCode, double setupMinutes, double minutesPerUnit) {
    }

    /** A work step the operator acknowledges; {@code seq} counts from 1. */
    public record StepTemplate(int seq, String instruction, boolean required, boolean qualityCheck) {
    }

    /** One operation of a routing; {@code seq} is 10, 20, 30, … in routing order. */
    public record RoutedOperation(int seq, String operationType, String description,
                                  List<EligibleStation> stations, List<StepTemplate> steps) {
    }

    private final ProductRepository products;

    ProductCatalog(ProductRepository products) {
        this.products = products;
    }

    @Transactional(readOnly = true)
    public Optional<ProductSummary> findByCode(String code) {
        return products.findByCode(code).map(Product::summary);
    }

    @Transactional(readOnly = true)
    public ProductSummary get(long productId) {
        return products.findById(productId).map(Product::summary)
                .orElseThrow(() -> new NotFound("product", productId));
    }

    @Transactional(readOnly = true)
    public List<RoutedOperation> routing(long productId) {
        return products.findById(productId).map(Product::routedOperations)
                .orElseThrow(() -> new NotFound("product", productId));
    }

    /** Every product, by code. */
    @Transactional(readOnly = true)
    public List<ProductSummary> all() {
        return products.findAll(org.springframework.data.domain.Sort.by("code")).stream().map(Product::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return products.count();
    }
}
