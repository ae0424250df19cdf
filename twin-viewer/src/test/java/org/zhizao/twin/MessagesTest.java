package org.zhizao.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.zhizao.twin.scene.Availability;
import org.zhizao.twin.scene.Overlay;
import org.zhizao.twin.scene.Tier;

class MessagesTest {

    private final ResourceBundle english = ResourceBundle.getBundle("org.zhizao.twin.messages", Locale.ROOT);
    private final ResourceBundle chinese = ResourceBundle.getBundle("org.zhizao.twin.messages", Locale.CHINESE);

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        assertThat(chinese.getLocale().getLanguage()).isEqualTo("zh");
        assertThat(chinese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    @Test
    void everyStateTierAndOverlayHasAName() {
        Arrays.stream(Availability.values()).forEach(s -> assertThat(english.containsKey("state." + s)).isTrue());
        Arrays.stream(Tier.values()).forEach(t -> assertThat(english.containsKey("tier." + t)).isTrue());
        Arrays.stream(Overlay.values()).forEach(o -> assertThat(english.containsKey("overlay." + o)).isTrue());
    }

    @Test
    void chineseTextIsReadAsUtf8() {
        assertThat(chinese.getString("tier.PARK")).isEqualTo("园区");
    }
}
