package org.zhizao.mes.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full application on a random port, driven through the web UI by a real Chromium ({@link Browser}).
 * One shared context for all browser tests; they run on H2 only (the integration tests cover PostgreSQL).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("browser")
public @interface BrowserTest {
}
