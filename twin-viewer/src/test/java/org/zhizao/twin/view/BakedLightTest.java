package org.zhizao.twin.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BakedLightTest {

    @Test
    void theSunInTheSouthWestLightsTheTopMostThenTheSouthThenTheWestFace() {
        double top = BakedLight.intensity(BakedLight.TOP);
        double south = BakedLight.intensity(BakedLight.SOUTH);
        double west = BakedLight.intensity(BakedLight.WEST);
        assertThat(top).isGreaterThan(south);
        assertThat(south).isGreaterThan(west);
        assertThat(west).isGreaterThan(BakedLight.AMBIENT);
    }

    @Test
    void facesTurnedAwayFromTheSunGetTheAmbientLightAlone() {
        assertThat(BakedLight.intensity(BakedLight.NORTH)).isEqualTo(BakedLight.AMBIENT);
        assertThat(BakedLight.intensity(BakedLight.EAST)).isEqualTo(BakedLight.AMBIENT);
    }

    @Test
    void aLitColourIsTheColourScaledByItsFacesLight() {
        int grey = 0x808080;
        int north = BakedLight.lit(grey, BakedLight.NORTH);
        int expected = (int) Math.round(0x80 * BakedLight.AMBIENT);
        assertThat(north).isEqualTo(expected << 16 | expected << 8 | expected);
        assertThat(BakedLight.lit(0xFF0000, BakedLight.TOP) & 0x00FFFF).isZero();
    }

    @Test
    void noFaceIsLitBeyondFullLight() {
        for (int o = BakedLight.TOP; o <= BakedLight.WEST; o++) {
            assertThat(BakedLight.intensity(o)).isBetween(BakedLight.AMBIENT, 1.0);
        }
    }
}
