package org.zhizao.mes.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.zhizao.mes.ZhizaoMesApplication;
import org.zhizao.mes.support.Api;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FirstAdministratorTest {

    @LocalServerPort
    int port;

    @Test
    void outsideTheDemoProfileTheOnlyUserIsTheConfiguredAdministrator() {
        assertThat(Api.local(port).as("admin", "admin-secret-for-tests").get("/api/users").json().size())
                .isEqualTo(1);
        // no demo users, no default passwords
        assertThat(Api.local(port).as("supervisor", "demo").get("/api/users").status()).isEqualTo(401);
        assertThat(Api.local(port).as("admin", "demo").get("/api/users").status()).isEqualTo(401);
    }

    @Test
    void aFreshInstallationWithoutAnAdministratorPasswordRefusesToStart() {
        SpringApplication app = new SpringApplication(ZhizaoMesApplication.class);
        assertThatThrownBy(() -> app.run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:no-admin;DB_CLOSE_DELAY=-1",
                "--zhizao.security.admin.password="))
                .hasMessageContaining("zhizao.security.admin.password is not set");
    }
}
