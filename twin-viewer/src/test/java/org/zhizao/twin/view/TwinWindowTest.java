package org.zhizao.twin.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Box;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhizao.twin.client.MesClient;
import org.zhizao.twin.scene.Availability;
import org.zhizao.twin.scene.LiveState;
import org.zhizao.twin.scene.Overlay;
import org.zhizao.twin.scene.ReplayCursor;
import org.zhizao.twin.scene.SceneModel;
import org.zhizao.twin.scene.Tier;
import org.zhizao.twin.support.DemoWork;
import org.zhizao.twin.support.MesServer;
import org.zhizao.twin.support.SimulatorControl;
import org.zhizao.twin.support.Pixels;

/**
 * The real window under Xvfb (es2 on Mesa llvmpipe) against the packaged mes-core with its simulated plant.
 * Saves a screenshot of each tier for the user guide.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwinWindowTest {

    private static final String LINE = "P1/F1/W1/L1";
    private static final String STATION = LINE + "/S01";
    private static final String WORKSHOP = "P1/F1/W1";
    private static final String AGV = WORKSHOP + "/AGV1";
    private static final int BACKGROUND = 0x1B2630;

    private TwinView view;

    /** The server starts before the window: its start-up takes longer than TestFX waits for a window. */
    @BeforeAll
    static void server() {
        MesServer.get();
        DemoWork.get();
    }

    @Start
    void start(Stage stage) {
        view = new TwinView(new MesClient(MesServer.get().url(), "manager", "demo"), Locale.ENGLISH);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        view.connect();
    }

    private void await(BooleanSupplier condition, String what) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    private void awaitPlant() throws Exception {
        await(() -> view.navigation() != null && view.plantStage().renderer().box("P1/F1") != null, "the park is drawn");
    }

    private Point2D onScreen(FxRobot robot, String code) throws Exception {
        await(() -> !view.plantStage().gliding() && view.plantStage().renderer().box(code) != null,
                "the camera has arrived and " + code + " is drawn");
        return WaitForAsyncUtils.asyncFx(() -> {
            Box b = view.plantStage().renderer().box(code);
            return b.localToScreen(0, 0, b.getDepth() / 2);
        }).get();
    }

    /** Double-clicks an element until the viewer goes into it: a loaded machine may split a double-click. */
    private void goInto(FxRobot robot, String code, Tier tier) throws Exception {
        for (int attempt = 0; attempt < 6 && view.navigation().tier() != tier; attempt++) {
            robot.doubleClickOn(onScreen(robot, code));
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.navigation().tier() == tier);
            } catch (java.util.concurrent.TimeoutException notYet) {
                // try again
            }
        }
        await(() -> view.navigation().tier() == tier && view.navigation().focus().code().equals(code),
                code + " is in focus");
    }

    private Pixels snapshot() throws Exception {
        await(() -> !view.plantStage().gliding(), "the camera has arrived");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        // the view with its labels: the SubScene's holder
        Image image = WaitForAsyncUtils.asyncFx(() -> view.plantStage().subScene().getParent().snapshot(null, null))
                .get();
        return new Pixels(image);
    }

    private void save(Pixels p, String name) {
        String dir = System.getProperty("screenshots.dir");
        if (dir != null) {
            p.save(Path.of(dir, name));
        }
    }

    @Test
    @Order(1)
    void theParkIsReallyDrawnInThreeDimensions(FxRobot robot) throws Exception {
        awaitPlant();
        Pixels park = snapshot();
        save(park, "twin-park.png");
        // a blank SubScene (3D unsupported) is one flat colour; lit boxes give many shades
        assertThat(park.distinctColours()).isGreaterThan(20);
        assertThat(park.share(rgb -> rgb != BACKGROUND)).isGreaterThan(0.2);
        // the factories carry their name (and OEE once the KPIs arrive) as labels
        assertThat(robot.lookup("#labels").queryAs(javafx.scene.layout.Pane.class).getChildren()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(2)
    void navigatingFromTheParkToAStationAndClickingItShowsItsDetails(FxRobot robot) throws Exception {
        awaitPlant();
        goInto(robot, "P1/F1", Tier.FACTORY);
        save(snapshot(), "twin-factory.png");
        goInto(robot, "P1/F1/W1", Tier.WORKSHOP);
        await(() -> view.plantStage().renderer().box("P1/F1/W1/AGV1") != null, "AGVs are drawn");
        save(snapshot(), "twin-workshop.png");
        robot.clickOn("#search").write(LINE).type(KeyCode.ENTER);
        await(() -> view.navigation().focus().code().equals(LINE), "the line is in focus");
        save(snapshot(), "twin-line.png");

        robot.clickOn(onScreen(robot, STATION));
        WaitForAsyncUtils.waitForFxEvents();
        await(() -> robot.lookup("#details-code").tryQuery().isPresent()
                && STATION.equals(robot.lookup("#details-code").queryAs(Label.class).getText()), "details shown");
        assertThat(robot.lookup("#details-state").queryAs(Label.class).getText()).isNotBlank();
        // program, spindle and power from the CNC machine and the meter, the inspection an inspector recorded
        await(() -> !text(robot, "#details-inspection").equals("…") && !text(robot, "#details-power").equals("…"),
                "the station's readings arrive");
        assertThat(text(robot, "#details-inspection")).startsWith("D1 40.004 mm passed").contains("inspector");
        assertThat(text(robot, "#details-spindle")).matches("[\\d,]+ r/min · \\d+ %");
        assertThat(text(robot, "#details-power")).matches("\\d+\\.\\d\\d kW");
        assertThat(text(robot, "#details-program")).isNotEqualTo("…");

        goInto(robot, STATION, Tier.STATION);
        assertThat(robot.lookup("#crumb-PARK").tryQuery()).isPresent();
        assertThat(robot.lookup("#crumb-STATION").tryQuery()).isPresent();
        save(snapshot(), "twin-station.png");
    }

    @Test
    @Order(3)
    void aMachineTheSimulatorBreaksDownIsDrawnInTheAlarmColourUntilRepaired(FxRobot robot) throws Exception {
        awaitPlant();
        robot.interact(() -> view.go(LINE, false));
        int alarm = Availability.ALARM_RGB;
        try (SimulatorControl simulator = new SimulatorControl(MesServer.get().simulatorUrl())) {
            // a real breakdown in the simulator: OPC UA alarm → mes-core's adapter → live stream → viewer
            assertThat(simulator.breakDown(STATION + "/CNC").isGood()).isTrue();
            await(() -> colourOf(STATION).equals(ShapeRenderer.colour(alarm)), "the station turns the alarm colour");
            assertThat(view.plantStage().renderer().box(STATION + "#beacon")).isNotNull();
            Pixels line = snapshot();
            save(line, "twin-alarm.png");
            // lit magenta: red and blue well above green, whatever the shading
            assertThat(line.count(rgb -> {
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                return r > 2 * g + 40 && b > 2 * g + 40;
            })).isGreaterThan(200);

            assertThat(simulator.repair(STATION + "/CNC").isGood()).isTrue();
            await(() -> !colourOf(STATION).equals(ShapeRenderer.colour(alarm)), "the alarm clears after the repair");
        }
    }

    private javafx.scene.paint.Color colourOf(String code) {
        Box b = view.plantStage().renderer().box(code);
        return b == null ? null : ((javafx.scene.paint.PhongMaterial) b.getMaterial()).getDiffuseColor();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("…");
    }

    @Test
    @Order(4)
    void replayLoadsStatesAgvPositionsAndKpisOfTheWindowAndPlaysItThenReturnsToLive(FxRobot robot) throws Exception {
        awaitPlant();
        // mes-core stores AGV positions by the minute: wait for the first whole minute of them
        MesClient manager = new MesClient(MesServer.get().url(), "manager", "demo");
        WaitForAsyncUtils.waitFor(150, TimeUnit.SECONDS, () -> manager.get("/api/equipment/signals?code=" + AGV
                + "&signal=positionX&from=" + java.time.Instant.now().minusSeconds(900) + "&to="
                + java.time.Instant.now().plusSeconds(60)).path("positionX").size() > 0);
        robot.interact(() -> view.go(WORKSHOP, false));
        robot.clickOn("#replay");
        await(() -> view.timeline().cursor() != null, "the replay window is loaded");
        ReplayCursor cursor = WaitForAsyncUtils.asyncFx(() -> view.timeline().cursor()).get();
        long cursorAtStart = cursor.cursor();
        LiveState atEnd = WaitForAsyncUtils.asyncFx(() -> {
            ReplayCursor probe = new ReplayCursor(cursor.events(), cursor.from(), cursor.to());
            probe.seek(cursor.to());
            return probe.state();
        }).get();
        // the simulator has been running: states, AGV positions and the workshop's KPIs from mes-core's history
        assertThat(atEnd.stationState(LINE + "/S02")).isNotEqualTo(Availability.OFFLINE);
        assertThat(atEnd.agvs().get(AGV)).isNotNull();
        assertThat(atEnd.agvs().get(AGV).known()).isTrue();
        assertThat(atEnd.kpi(WORKSHOP)).containsKey("oee");
        robot.clickOn("#replay-play");
        await(() -> view.timeline().cursor().cursor() > cursorAtStart, "the cursor moves");
        robot.clickOn("#replay");
        await(() -> view.timeline().cursor() == null, "back to live");
    }

    @Test
    @Order(5)
    void theLateOrdersOverlayMarksTheStationWithWorkOfALateOrder(FxRobot robot) throws Exception {
        awaitPlant();
        robot.interact(() -> {
            robot.lookup("#overlay").queryAs(ChoiceBox.class).setValue(Overlay.LATE_ORDERS);
            view.go(LINE, false);
        });
        // the turning of the 3,000 shafts due tomorrow, planned on S01, ends long after its due date
        await(() -> view.plantStage().renderer().box(STATION + "#late") != null, "S01 carries the late-work marker");
        save(snapshot(), "twin-late.png");
        robot.interact(() -> view.go("P1", false));
        await(() -> ShapeRenderer.colour(SceneModel.LATE_RGB).equals(colourOf("P1/F1")),
                "the factory holding the late work is red");
        robot.interact(() -> view.go(LINE, false));
        robot.clickOn(onScreen(robot, STATION));
        await(() -> text(robot, "#details-late").contains(DemoWork.get().orderNumber()), "the details name the order");
        robot.interact(() -> robot.lookup("#overlay").queryAs(ChoiceBox.class).setValue(Overlay.NONE));
    }
}
