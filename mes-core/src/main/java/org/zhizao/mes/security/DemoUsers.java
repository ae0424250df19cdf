package org.zhizao.mes.security;

import java.util.EnumSet;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One user per role, password {@code demo}, in the demo profile only. Documented in the README; never
 * present outside the demo profile.
 */
@Component
@Profile("demo")
@Order(10)
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo";

    private final UserAdministration users;

    DemoUsers(UserAdministration users) {
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase();
            if (!users.exists(name)) {
                users.create(name, PASSWORD, EnumSet.of(role));
            }
        }
    }
}
