package org.zhizao.mes.quality.genealogy;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhizao.mes.security.Access;

/**
 * The identifier resolver: {@code GET /id/88.123.1/ZZ-F1-2026-000123} answers the unit's as-built record.
 * The identifier keeps its slash in the path, as handle resolvers write it.
 */
@RestController
class IdentifierResolverController {

    private static final String ROOT = "/id/";

    private final ResolvingIdentifier resolving;

    IdentifierResolverController(ResolvingIdentifier resolving) {
        this.resolving = resolving;
    }

    @GetMapping({"/id/**"})
    @PreAuthorize(Access.READ)
    AsBuiltRecord resolve(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String identifier = path.length() <= ROOT.length() ? "" : path.substring(ROOT.length());
        return resolving.resolve(URLDecoder.decode(identifier, StandardCharsets.UTF_8));
    }
}
