package org.zhizao.mes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    private final Formats english = Formats.of(Locale.ENGLISH, shanghai);
    private final Formats chinese = Formats.of(Locale.SIMPLIFIED_CHINESE, shanghai);

    @Test
    void durationsReadAsTheShopFloorSaysThem() {
        assertThat(english.duration(Duration.ofMinutes(125))).isEqualTo("2 h 05 min");
        assertThat(chinese.duration(Duration.ofMinutes(125))).isEqualTo("2小时05分");
        assertThat(english.duration(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(chinese.duration(Duration.ofHours(50))).isEqualTo("2天2小时");
        assertThat(english.duration(Duration.ofMinutes(-90))).isEqualTo("-1 h 30 min");
    }

    @Test
    void numbersAndDatesFollowTheLocale() {
        assertThat(english.number(1234.5, 1)).isEqualTo("1,234.5");
        assertThat(english.percent(0.8534)).isEqualTo("85.3%");
        assertThat(english.percent(Double.NaN)).isEqualTo("–");
        Instant t = Instant.parse("2026-11-29T06:30:00Z");
        assertThat(chinese.dateTime(t)).isEqualTo("2026年11月29日 14:30");
        assertThat(english.dateTime(t)).isEqualTo("Nov 29, 2026 14:30");
        assertThat(english.time(t)).isEqualTo("14:30");
        assertThat(english.dateTime(null)).isEmpty();
    }
}
