package org.zhizao.twin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AgvTrackTest {

    @Test
    void anAgvIsDrawnWhereItsFirstUpdatePutIt() {
        AgvTrack t = new AgvTrack();
        t.report(10, 20, 90, 1000);
        assertThat(t.at(5000)).containsExactly(10, 20, 90);
    }

    @Test
    void betweenUpdatesAnAgvMovesLinearlyOverTheNextInterval() {
        AgvTrack t = new AgvTrack();
        t.report(0, 0, 0, 1000);
        t.report(10, 0, 0, 1200);
        assertThat(t.at(1200)[0]).isEqualTo(0);
        assertThat(t.at(1300)[0]).isCloseTo(5, within(1e-9));
        assertThat(t.at(1400)[0]).isEqualTo(10);
        assertThat(t.at(9999)[0]).isEqualTo(10);
    }

    @Test
    void aNewUpdateContinuesFromWhereTheAgvIsDrawnWithoutAJump() {
        AgvTrack t = new AgvTrack();
        t.report(0, 0, 0, 1000);
        t.report(10, 0, 0, 1200);
        double before = t.at(1300)[0];
        t.report(20, 0, 0, 1300);
        assertThat(t.at(1300)[0]).isCloseTo(before, within(1e-9));
    }

    @Test
    void anOlderUpdateArrivingLateIsIgnored() {
        AgvTrack t = new AgvTrack();
        t.report(0, 0, 0, 1000);
        t.report(10, 0, 0, 1200);
        t.report(-50, 0, 0, 1100);
        assertThat(t.at(2000)[0]).isEqualTo(10);
    }

    @Test
    void headingsTurnTheShortWayRound() {
        assertThat(AgvTrack.angle(350, 10, 0.5)).isCloseTo(0, within(1e-9));
        assertThat(AgvTrack.angle(10, 350, 0.25)).isCloseTo(5, within(1e-9));
    }
}
