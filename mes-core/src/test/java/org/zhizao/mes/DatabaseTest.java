package org.zhizao.mes;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhizao.mes.support.MesTest;
import org.zhizao.mes.support.TestDatabase;

@MesTest
class DatabaseTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theIntegrationTestsRunOnTheDatabaseTheBuildAskedFor() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            assertThat(product).isEqualTo(TestDatabase.postgres() ? "PostgreSQL" : "H2");
        }
    }

    @Test
    void flywayAppliedEveryMigration() throws Exception {
        try (Connection connection = dataSource.getConnection();
             var result = connection.createStatement().executeQuery(
                     "select count(*) from flyway_schema_history where success = false")) {
            result.next();
            assertThat(result.getInt(1)).isZero();
        }
    }
}
