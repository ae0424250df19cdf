package org.zhizao.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void withoutArgumentsThereIsNoUserAndNoPasswordToSignInWith() {
        Credentials c = Credentials.from(Map.of(), Map.of());
        assertThat(c.url()).isEqualTo(Credentials.DEFAULT_URL);
        assertThat(c.user()).isNull();
        assertThat(c.password()).isNull();
        assertThat(c.complete()).isFalse();
    }

    @Test
    void thePasswordMayComeFromTheEnvironment() {
        Credentials c = Credentials.from(Map.of("user", "manager"), Map.of(Credentials.PASSWORD_VARIABLE, "s3cret-pw"));
        assertThat(c.password()).isEqualTo("s3cret-pw");
        assertThat(c.complete()).isTrue();
    }

    @Test
    void thePasswordOnTheCommandLineWinsOverTheEnvironment() {
        Credentials c = Credentials.from(Map.of("user", "manager", "password", "given"),
                Map.of(Credentials.PASSWORD_VARIABLE, "from-env"));
        assertThat(c.password()).isEqualTo("given");
    }

    @Test
    void aBlankUserOrAnEmptyPasswordIsNotEnough() {
        assertThat(Credentials.from(Map.of("user", " ", "password", "x"), Map.of()).complete()).isFalse();
        assertThat(Credentials.from(Map.of("user", "manager", "password", ""), Map.of()).complete()).isFalse();
    }
}
