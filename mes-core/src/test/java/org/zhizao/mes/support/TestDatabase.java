package org.zhizao.mes.support;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database of a full-application test: H2 in memory by default, or a fresh database on a
 * real PostgreSQL server when the build runs with {@code -Dzhizao.test.database=postgres}.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("zhizao.test.database"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!postgres()) {
            return;
        }
        String name = "zhizao_" + UUID.randomUUID().toString().replace("-", "");
        String url = PostgresServer.shared().createDatabase(name);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test-database",
                Map.of("spring.datasource.url", url,
                        "spring.datasource.username", PostgresServer.USER,
                        "spring.datasource.password", "")));
    }
}
