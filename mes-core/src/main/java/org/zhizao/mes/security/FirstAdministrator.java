package org.zhizao.mes.security;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when there is no user at all. Its password comes from configuration
 * ({@code zhizao.security.admin.password}); there is no default, so a fresh installation without it
 * refuses to start rather than run with a guessable password.
 */
@Component
@Order(100)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAdministration users;
    private final String username;
    private final String password;

    FirstAdministrator(UserAdministration users,
            @Value("${zhizao.security.admin.username:admin}") String username,
            @Value("${zhizao.security.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyUserExists()) {
            return;
        }
        if (password.isBlank()) {
            throw new IllegalStateException("No user exists yet and zhizao.security.admin.password is not set: "
                    + "set it (for example the environment variable ZHIZAO_SECURITY_ADMIN_PASSWORD) to create "
                    + "the first administrator, or start with the demo profile");
        }
        if (password.length() < 8) {
            throw new IllegalStateException("zhizao.security.admin.password must have at least 8 characters");
        }
        users.create(username, password, EnumSet.of(Role.ADMIN));
        log.info("Created the first administrator '{}'", username);
    }
}
