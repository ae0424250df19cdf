package org.zhizao.twin.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.twin.scene.PlantFixture.alarm;
import static org.zhizao.twin.scene.PlantFixture.state;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SceneModelTest {

    private final PlantLayout layout = PlantFixture.smallPark();
    private final SceneModel model = new SceneModel(layout);
    private final LiveState live = new LiveState();

    private Shape shape(List<Shape> shapes, String code) {
        return shapes.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theParkShowsItsFactoriesAsBuildingsCentredInTheParkFrame() {
        List<Shape> shapes = model.shapes(layout.get("P1"), live, Overlay.NONE, 0, false);
        Shape f1 = shape(shapes, "P1/F1");
        assertThat(f1.kind()).isEqualTo(Shape.Kind.BUILDING);
        // position is the south-west floor corner; the box is drawn about its centre
        assertThat(f1.centre()).isEqualTo(new Vec3(160, 140, 7));
        assertThat(f1.size()).isEqualTo(new Vec3(240, 160, 14));
    }

    @Test
    void aLineShowsItsStationsInTheColourOfTheirState() {
        live.apply(state("P1/F1/W1/L1/S01/CNC", "P1/F1/W1/L1/S01", "RUNNING"));
        live.apply(state("P1/F1/W1/L1/S02/PLC", "P1/F1/W1/L1/S02", "BLOCKED"));
        List<Shape> shapes = model.shapes(layout.get("P1/F1/W1/L1"), live, Overlay.NONE, 0, false);
        assertThat(shape(shapes, "P1/F1/W1/L1/S01").rgb()).isEqualTo(Availability.RUNNING.rgb());
        assertThat(shape(shapes, "P1/F1/W1/L1/S02").rgb()).isEqualTo(Availability.BLOCKED.rgb());
    }

    @Test
    void aStationNobodyReportedIsOffline() {
        List<Shape> shapes = model.shapes(layout.get("P1/F1/W1/L1"), live, Overlay.NONE, 0, false);
        assertThat(shape(shapes, "P1/F1/W1/L1/S02").rgb()).isEqualTo(Availability.OFFLINE.rgb());
    }

    @Test
    void aStationInAlarmIsDrawnInTheAlarmColourWithABeaconUntilTheAlarmClears() {
        live.apply(state("P1/F1/W1/L1/S01/CNC", "P1/F1/W1/L1/S01", "UNPLANNED_DOWN"));
        live.apply(alarm("P1/F1/W1/L1/S01/CNC", "P1/F1/W1/L1/S01", true, 1));
        List<Shape> shapes = model.shapes(layout.get("P1/F1/W1/L1"), live, Overlay.NONE, 0, false);
        assertThat(shape(shapes, "P1/F1/W1/L1/S01").rgb()).isEqualTo(Availability.ALARM_RGB);
        assertThat(shape(shapes, "P1/F1/W1/L1/S01#beacon").kind()).isEqualTo(Shape.Kind.BEACON);

        live.apply(alarm("P1/F1/W1/L1/S01/CNC", "P1/F1/W1/L1/S01", false, 2));
        shapes = model.shapes(layout.get("P1/F1/W1/L1"), live, Overlay.NONE, 0, false);
        assertThat(shape(shapes, "P1/F1/W1/L1/S01").rgb()).isEqualTo(Availability.UNPLANNED_DOWN.rgb());
        assertThat(shapes).noneMatch(s -> s.kind() == Shape.Kind.BEACON);
    }

    @Test
    void aWorkshopShowsLinesAsSlabsWithTheirStationsPathsAndAgvsInTheParkFrame() {
        List<Shape> shapes = model.shapes(layout.get("P1/F1/W1"), live, Overlay.NONE, 0, false);
        assertThat(shape(shapes, "P1/F1/W1/L1").kind()).isEqualTo(Shape.Kind.GROUND);
        assertThat(shape(shapes, "P1/F1/W1/L1/S01").kind()).isEqualTo(Shape.Kind.STATION);
        // waypoints are in the workshop's frame: workshop corner (50, 70) + (95, 5)
        assertThat(shape(shapes, "P1/F1/W1/LOOP#1").centre().x()).isEqualTo(145);
        assertThat(shape(shapes, "P1/F1/W1/LOOP#1").centre().y()).isEqualTo(75);
        // an AGV not yet reported waits at the start of its home path
        assertThat(shape(shapes, "P1/F1/W1/AGV1").centre().x()).isEqualTo(55);
    }

    @Test
    void theOeeOverlayColoursBuildingsFromRedToGreen() {
        live.apply(new LiveEvent("kpi:P1/F1", "kpi", Map.of("code", "P1/F1", "oee", 0.9), 0));
        Shape good = shape(model.shapes(layout.get("P1"), live, Overlay.OEE, 0, false), "P1/F1");
        assertThat(good.rgb()).isEqualTo(SceneModel.heat(1));
        assertThat(good.label()).contains("OEE 90%");
        live.apply(new LiveEvent("kpi:P1/F1", "kpi", Map.of("code", "P1/F1", "oee", 0.0), 0));
        assertThat(shape(model.shapes(layout.get("P1"), live, Overlay.OEE, 0, false), "P1/F1").rgb())
                .isEqualTo(SceneModel.heat(0));
        assertThat(shape(model.shapes(layout.get("P1"), live, Overlay.NONE, 0, false), "P1/F1").rgb())
                .isEqualTo(SceneModel.BUILDING_RGB);
    }

    @Test
    void heatRunsFromRedThroughYellowToGreen() {
        assertThat(SceneModel.heat(0) >> 16).isGreaterThan((SceneModel.heat(0) >> 8) & 0xFF);
        assertThat((SceneModel.heat(1) >> 8) & 0xFF).isGreaterThan(SceneModel.heat(1) >> 16);
        assertThat(SceneModel.heat(2)).isEqualTo(SceneModel.heat(1));
    }

    @Test
    void stationLabelsUseTheChosenLanguageAndShowGoodParts() {
        live.apply(new LiveEvent("count:P1/F1/W1/L1/S01", "count",
                Map.of("station", "P1/F1/W1/L1/S01", "produced", 12, "good", 11, "scrap", 1), 0));
        assertThat(shape(model.shapes(layout.get("P1/F1/W1/L1"), live, Overlay.NONE, 0, true), "P1/F1/W1/L1/S01")
                .label()).isEqualTo("车削 · 11");
        assertThat(shape(model.shapes(layout.get("P1/F1/W1/L1"), live, Overlay.NONE, 0, false), "P1/F1/W1/L1/S01")
                .label()).isEqualTo("Turning · 11");
    }

    @Test
    void theLateOrdersOverlayMarksStationsWithLateWorkAndTheBuildingsAndLinesHoldingThem() {
        live.lateWork(Map.of("P1/F1/W1/L1/S01", Map.of("ORD-7/10", "ORD-7")));
        List<Shape> line = model.shapes(layout.get("P1/F1/W1/L1"), live, Overlay.LATE_ORDERS, 0, false);
        assertThat(shape(line, "P1/F1/W1/L1/S01#late").kind()).isEqualTo(Shape.Kind.LATE_MARKER);
        assertThat(line).noneMatch(s -> s.code().equals("P1/F1/W1/L1/S02#late"));
        // the station keeps the colour of its state under the marker
        assertThat(shape(line, "P1/F1/W1/L1/S01").rgb()).isEqualTo(Availability.OFFLINE.rgb());
        assertThat(shape(model.shapes(layout.get("P1/F1/W1"), live, Overlay.LATE_ORDERS, 0, false), "P1/F1/W1/L1")
                .rgb()).isEqualTo(SceneModel.LATE_RGB);
        assertThat(shape(model.shapes(layout.get("P1"), live, Overlay.LATE_ORDERS, 0, false), "P1/F1").rgb())
                .isEqualTo(SceneModel.LATE_RGB);
        // without the overlay nothing is marked
        assertThat(model.shapes(layout.get("P1/F1/W1/L1"), live, Overlay.NONE, 0, false))
                .noneMatch(s -> s.kind() == Shape.Kind.LATE_MARKER);

        live.lateWork(Map.of());
        assertThat(shape(model.shapes(layout.get("P1"), live, Overlay.LATE_ORDERS, 0, false), "P1/F1").rgb())
                .isEqualTo(SceneModel.BUILDING_RGB);
    }

    @Test
    void aFrameReusesTheShapesOfWhatDidNotChangeAndMovesOnlyTheAgvs() {
        List<Shape> first = model.shapes(layout.get("P1/F1/W1"), live, Overlay.NONE, 0, false);
        List<Shape> second = model.shapes(layout.get("P1/F1/W1"), live, Overlay.NONE, 1000, false);
        assertThat(shape(second, "P1/F1/W1/L1/S01")).isSameAs(shape(first, "P1/F1/W1/L1/S01"));

        live.apply(state("P1/F1/W1/L1/S02/PLC", "P1/F1/W1/L1/S02", "RUNNING"));
        List<Shape> third = model.shapes(layout.get("P1/F1/W1"), live, Overlay.NONE, 2000, false);
        assertThat(shape(third, "P1/F1/W1/L1/S02").rgb()).isEqualTo(Availability.RUNNING.rgb());
        assertThat(shape(third, "P1/F1/W1/L1/S01")).as("unchanged").isSameAs(shape(first, "P1/F1/W1/L1/S01"));
        assertThat(third).filteredOn(s -> s.kind() == Shape.Kind.AGV).hasSize(1);
    }
}
