package org.zhizao.twin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NavigationTest {

    private final PlantLayout layout = PlantFixture.smallPark();
    private final Navigation nav = new Navigation(layout);

    @Test
    void theViewerStartsAtThePark() {
        assertThat(nav.tier()).isEqualTo(Tier.PARK);
        assertThat(nav.breadcrumbs()).extracting(Element::code).containsExactly("P1");
    }

    @Test
    void goingDownToAStationGivesBreadcrumbsThroughEveryTier() {
        nav.enter("P1/F1/W1/L1/S01");
        assertThat(nav.tier()).isEqualTo(Tier.STATION);
        assertThat(nav.breadcrumbs()).extracting(Element::tier)
                .containsExactly(Tier.PARK, Tier.FACTORY, Tier.WORKSHOP, Tier.LINE, Tier.STATION);
        nav.up();
        assertThat(nav.focus().code()).isEqualTo("P1/F1/W1/L1");
    }

    @Test
    void upStaysAtThePark() {
        nav.up();
        assertThat(nav.focus().code()).isEqualTo("P1");
    }

    @Test
    void enteringAnAgvOrPathFocusesItsWorkshop() {
        nav.enter("P1/F1/W1/AGV1");
        assertThat(nav.focus().code()).isEqualTo("P1/F1/W1");
    }

    @Test
    void anUnknownCodeIsRejected() {
        assertThatThrownBy(() -> nav.enter("P9")).hasMessageContaining("P9");
    }

    @Test
    void theCameraLooksAtTheCentreOfTheFocusFromFurtherAwayForLargerElements() {
        Navigation.CameraTarget park = nav.cameraTarget();
        nav.enter("P1/F1/W1/L1/S01");
        Navigation.CameraTarget station = nav.cameraTarget();
        assertThat(park.centre()).isEqualTo(new Vec3(300, 200, 15));
        assertThat(station.centre()).isEqualTo(new Vec3(64, 83.5, 1.25));
        assertThat(park.distance()).isGreaterThan(station.distance());
    }

    @Test
    void searchFindsByCodeOrNameInEitherLanguage() {
        assertThat(layout.search("turning")).extracting(Element::code).containsExactly("P1/F1/W1/L1/S01");
        assertThat(layout.search("车削")).extracting(Element::code).containsExactly("P1/F1/W1/L1/S01");
        assertThat(layout.search("p1/f1/w1/l1").get(0).code()).isEqualTo("P1/F1/W1/L1");
        assertThat(layout.search("  ")).isEmpty();
    }
}
