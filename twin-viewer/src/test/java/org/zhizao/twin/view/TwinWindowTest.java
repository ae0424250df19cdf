package org.zhizao.twin.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
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
import org.zhizao.twin.scene.LiveEvent;
import org.zhizao.twin.scene.Tier;
import org.zhizao.twin.support.MesServer;
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
    private static final int BACKGROUND = 0x1B2630;

    private TwinView view;

    /** The server starts before the window: its start-up takes longer than TestFX waits for a window. */
    @BeforeAll
    static void server() {
        MesServer.get();
    }

    @Start
    void start(Stage stage) {
        view = new TwinView(new MesClient(MesServer.get().url(), "manager", "demo"), Locale.ENGLISH);
        stage.setScene(new Scene(view, 1280, 800, true));
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
        for (int attempt = 0; attempt < 3 && view.navigation().tier() != tier; attempt++) {
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

        goInto(robot, STATION, Tier.STATION);
        assertThat(robot.lookup("#crumb-PARK").tryQuery()).isPresent();
        assertThat(robot.lookup("#crumb-STATION").tryQuery()).isPresent();
        save(snapshot(), "twin-station.png");
    }

    @Test
    @Order(3)
    void aMachineInAlarmIsDrawnInTheAlarmColour(FxRobot robot) throws Exception {
        awaitPlant();
        robot.interact(() -> view.go(LINE, false));
        // the alarm reaches the view the way the stream delivers one
        robot.interact(() -> view.apply(List.of(new LiveEvent("alarm:" + STATION + "/CNC", "alarm",
                Map.of("device", STATION + "/CNC", "station", STATION, "active", true, "code", "E-TEST",
                        "message", "Spindle overload", "severity", 800), System.currentTimeMillis()))));
        Pixels line = snapshot();
        save(line, "twin-alarm.png");
        int alarm = Availability.ALARM_RGB;
        assertThat(((javafx.scene.paint.PhongMaterial) view.plantStage().renderer().box(STATION).getMaterial())
                .getDiffuseColor()).isEqualTo(ShapeRenderer.colour(alarm));
        // lit magenta: red and blue well above green, whatever the shading
        assertThat(line.count(rgb -> {
            int r = rgb >> 16 & 0xFF;
            int g = rgb >> 8 & 0xFF;
            int b = rgb & 0xFF;
            return r > 2 * g + 40 && b > 2 * g + 40;
        })).isGreaterThan(200);
    }

    @Test
    @Order(4)
    void replayLoadsTheWindowsHistoryAndPlaysItThenReturnsToLive(FxRobot robot) throws Exception {
        awaitPlant();
        robot.interact(() -> view.go(LINE, false));
        robot.clickOn("#replay");
        await(() -> view.timeline().cursor() != null, "the replay window is loaded");
        // the simulator has been running: the line's stations have a state history in mes-core
        long cursorAtStart = view.timeline().cursor().cursor();
        robot.clickOn("#replay-play");
        await(() -> view.timeline().cursor().cursor() > cursorAtStart, "the cursor moves");
        robot.clickOn("#replay");
        await(() -> view.timeline().cursor() == null, "back to live");
    }
}
