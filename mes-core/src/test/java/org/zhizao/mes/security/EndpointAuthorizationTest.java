package org.zhizao.mes.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.MesTest;

@MesTest
class EndpointAuthorizationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    @Test
    void everyEndpointOfTheMesNamesTheRolesThatMayCallIt() {
        List<String> unguarded = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().getPackageName().startsWith("org.zhizao.mes"))
                .filter(e -> !AnnotatedElementUtils.hasAnnotation(e.getValue().getMethod(), PreAuthorize.class)
                        && !AnnotatedElementUtils.hasAnnotation(e.getValue().getBeanType(), PreAuthorize.class))
                .map(e -> e.getKey().toString())
                .toList();
        assertThat(mappings.getHandlerMethods()).isNotEmpty();
        assertThat(unguarded).as("endpoints without @PreAuthorize").isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesTheApiToSignedInUsers() {
        Api.Response docs = Api.local(port).as("manager").get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/users")).isTrue();
        assertThat(Api.local(port).get("/v3/api-docs").status()).isEqualTo(401);
    }
}
