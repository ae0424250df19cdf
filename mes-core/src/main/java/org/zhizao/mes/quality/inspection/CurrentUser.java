package org.zhizao.mes.quality.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is recording, and when, to the microsecond that both H2 and PostgreSQL store. */
@Component
public class CurrentUser {

    private final Clock clock;

    CurrentUser(Clock clock) {
        this.clock = clock;
    }

    public String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
