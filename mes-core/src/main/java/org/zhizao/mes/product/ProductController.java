package org.zhizao.mes.product;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhizao.mes.security.Access;
import org.zhizao.mes.shared.domain.NotFound;

/** Products, their routing and their bill of materials. */
@RestController
@RequestMapping("/api/products")
class ProductController {

    private final DefiningProduct defining;
    private final ProductRepository products;

    ProductController(DefiningProduct defining, ProductRepository products) {
        this.defining = defining;
        this.products = products;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.PLAN)
    ProductView create(@Valid @RequestBody ProductRequests.NewProduct request) {
        return defining.create(request);
    }

    @GetMapping
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    Page<ProductView.Summary> list(@RequestParam(required = false) String family,
            @PageableDefault(size = 50, sort = "code", direction = Sort.Direction.ASC) Pageable pageable) {
        Page<Product> page = family == null ? products.findAll(pageable) : products.findByFamily(family, pageable);
        return page.map(ProductView.Summary::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    ProductView get(@PathVariable long id) {
        return products.findById(id).map(ProductView::of).orElseThrow(() -> new NotFound("product", id));
    }

    @PutMapping("/{id}/routing")
    @PreAuthorize(Access.PLAN)
    ProductView replaceRouting(@PathVariable long id, @Valid @RequestBody ProductRequests.RoutingRequest request) {
        return defining.replaceRouting(id, request.operations());
    }

    @PutMapping("/{id}/bom")
    @PreAuthorize(Access.PLAN)
    ProductView replaceBom(@PathVariable long id, @Valid @RequestBody ProductRequests.BomRequest request) {
        return defining.replaceBom(id, request.lines());
    }
}
