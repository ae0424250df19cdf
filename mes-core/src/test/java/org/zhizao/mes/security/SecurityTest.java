package org.zhizao.mes.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.MesTest;

@MesTest
class SecurityTest {

    @LocalServerPort
    int port;

    Api api() {
        return Api.local(port);
    }

    @Test
    void healthIsOpenToMonitoring() {
        Api.Response health = api().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void anAnonymousRequestGetsAProblemDetailAsking401() {
        Api.Response response = api().get("/api/users");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asText()).isEqualTo("Unauthorized");
    }

    @Test
    void aWrongPasswordIsRejected() {
        assertThat(api().as("admin", "not-the-password").get("/api/users").status()).isEqualTo(401);
    }

    @Test
    void aManagerCannotAdministerUsers() {
        Api.Response response = api().as("manager").get("/api/users");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("detail").asText()).contains("GET /api/users");
    }

    @Test
    void anAdministratorCreatesUsersWhoseRoleLimitsThem() {
        Api admin = api().as("admin");
        Api.Response created = admin.post("/api/users",
                Map.of("username", "wang.li", "password", "s3cret-pass", "roles", List.of("OPERATOR")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("s3cret-pass");
        assertThat(api().as("wang.li", "s3cret-pass").get("/api/users").status()).isEqualTo(403);
    }

    @Test
    void aDisabledUserCannotSignInEvenRightAfterASuccessfulSignIn() {
        Api admin = api().as("admin");
        admin.post("/api/users", Map.of("username", "zhao.min", "password", "another-pass", "roles",
                List.of("ADMIN")));
        Api zhao = api().as("zhao.min", "another-pass");
        assertThat(zhao.get("/api/users").status()).isEqualTo(200);
        admin.put("/api/users/zhao.min", Map.of("roles", List.of("ADMIN"), "enabled", false));
        assertThat(zhao.get("/api/users").status()).isEqualTo(401);
    }

    @Test
    void aUserWithATooShortPasswordIsRejectedNamingTheField() {
        Api.Response response = api().as("admin").post("/api/users",
                Map.of("username", "li.na", "password", "short", "roles", List.of("OPERATOR")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).contains("password");
    }
}
