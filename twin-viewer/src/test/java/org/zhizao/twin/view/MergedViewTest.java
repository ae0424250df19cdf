package org.zhizao.twin.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.shape.TriangleMesh;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhizao.twin.bench.GridWorkshop;
import org.zhizao.twin.scene.Availability;
import org.zhizao.twin.scene.LiveEvent;
import org.zhizao.twin.scene.LiveState;
import org.zhizao.twin.scene.Navigation;
import org.zhizao.twin.scene.Overlay;
import org.zhizao.twin.scene.PlantLayout;
import org.zhizao.twin.scene.SceneModel;
import org.zhizao.twin.scene.Shape;
import org.zhizao.twin.support.Pixels;

/**
 * A workshop too large for a box per station, drawn in a real window (es2 on Mesa llvmpipe under Xvfb): two
 * meshes with the light baked into their palette.
 */
@ExtendWith(ApplicationExtension.class)
class MergedViewTest {

    private static final int STATIONS = 400;
    private static final String IN_ALARM = GridWorkshop.station(123);

    private final PlantLayout layout = GridWorkshop.layout(STATIONS, 10);
    private final SceneModel model = new SceneModel(layout);
    private final LiveState live = new LiveState();
    private final Navigation navigation = new Navigation(layout);
    private PlantStage view;

    @Start
    void start(Stage stage) {
        view = new PlantStage(1280, 720);
        navigation.enter(GridWorkshop.CODE);
        view.frame(navigation.cameraTarget(), false);
        stage.setScene(new Scene(new Group(view.subScene()), 1280, 720));
        stage.show();
    }

    @BeforeEach
    void drawn() throws Exception {
        for (int i = 0; i < 10; i++) {
            live.apply(new LiveEvent("agv:" + GridWorkshop.agv(i), "agv", Map.of("device", GridWorkshop.agv(i),
                    "positionX", 20.0 + i * 8, "positionY", 6.0, "heading", 90.0), 0));
        }
        live.apply(new LiveEvent("alarm:" + IN_ALARM + "/M", "alarm", Map.of("device", IN_ALARM + "/M",
                "station", IN_ALARM, "active", true, "code", "E42", "message", "Spindle overload", "severity", 700),
                0));
        render();
    }

    private List<Shape> render() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<Shape> shapes = model.shapes(navigation.focus(), live, Overlay.NONE, 0, false);
            view.renderer().render(shapes, view.cameraDistance());
            return shapes;
        }).get();
    }

    @Test
    void aLargeViewIsTwoMeshesWithTheirLightInThePalette() throws Exception {
        assertThat(view.renderer().nodes()).isEqualTo(2);
        MergedBoxes standing = view.renderer().standing();
        assertThat(standing.shownRgb(IN_ALARM, BakedLight.TOP))
                .isEqualTo(BakedLight.lit(Availability.ALARM_RGB, BakedLight.TOP));
        assertThat(standing.shownRgb(IN_ALARM, BakedLight.NORTH))
                .isEqualTo(BakedLight.lit(Availability.ALARM_RGB, BakedLight.NORTH));
        // lit by a white ambient light only, so that the palette's colours are what the screen shows
        List<javafx.scene.LightBase> lights = ((Group) view.subScene().getRoot()).getChildren().stream()
                .filter(javafx.scene.LightBase.class::isInstance).map(javafx.scene.LightBase.class::cast).toList();
        for (javafx.scene.LightBase light : lights) {
            boolean white = light instanceof javafx.scene.AmbientLight && light.getColor().equals(
                    javafx.scene.paint.Color.WHITE);
            assertThat(white ? light.getScope() : light.getExclusionScope()).as(light.toString())
                    .containsAll(view.renderer().bakedLightNodes());
        }
        assertThat(lights).hasSize(3);
    }

    @Test
    void aStateChangeRecoloursTheStationWithoutBuildingTheMeshAgain() throws Exception {
        MergedBoxes standing = view.renderer().standing();
        TriangleMesh before = standing.mesh();
        String station = GridWorkshop.station(7);
        live.apply(new LiveEvent("state:" + station + "/M", "state", Map.of("device", station + "/M", "station",
                station, "primary", true, "state", Availability.UNPLANNED_DOWN.name()), 1));
        render();
        assertThat(standing.mesh()).isSameAs(before);
        assertThat(standing.shownRgb(station, BakedLight.TOP))
                .isEqualTo(BakedLight.lit(Availability.UNPLANNED_DOWN.rgb(), BakedLight.TOP));
    }

    @Test
    void everyFaceNamesTheBoxItBelongsToAndNearerTopsComeFirst() throws Exception {
        MergedBoxes standing = view.renderer().standing();
        TriangleMesh mesh = standing.mesh();
        int faces = mesh.getFaces().size() / mesh.getFaceElementSize();
        List<Shape> shapes = render();
        Map<String, Shape> byCode = new java.util.HashMap<>();
        shapes.forEach(s -> byCode.put(s.code(), s));
        double previousTop = Double.MAX_VALUE;
        for (int f = 0; f < faces; f++) {
            String code = standing.codeOfFace(f);
            Shape s = byCode.get(code);
            assertThat(s).as("face %d", f).isNotNull();
            // the face's first corner lies on the box it names
            float x = mesh.getPoints().get(mesh.getFaces().get(f * mesh.getFaceElementSize()) * 3);
            assertThat(Math.abs(x - s.centre().x())).isLessThanOrEqualTo(s.size().x() / 2 + 1e-3);
            double top = s.centre().z() + s.size().z() / 2;
            assertThat(top).isLessThanOrEqualTo(previousTop);
            previousTop = top;
        }
        assertThat(standing.codeOfFace(0)).doesNotEndWith("#floor");
        assertThat(standing.codeOfFace(faces - 1)).isEqualTo(GridWorkshop.CODE + "#floor");
    }

    @Test
    void theWindowShowsTheStationInAlarmInItsLitAlarmColour() throws Exception {
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        Pixels pixels = new Pixels(WaitForAsyncUtils.asyncFx(() -> view.subScene().snapshot(null, null)).get());
        String dir = System.getProperty("screenshots.dir");
        if (dir != null) {
            pixels.save(Path.of(dir, "twin-large-workshop.png"));
        }
        int top = BakedLight.lit(Availability.ALARM_RGB, BakedLight.TOP);
        assertThat(pixels.count(rgb -> near(rgb, top))).isGreaterThan(20);
        // the floor in the floor's own lit colour, which the per-pixel light would not give exactly
        int floor = BakedLight.lit(SceneModel.FLOOR_RGB, BakedLight.TOP);
        assertThat(pixels.count(rgb -> near(rgb, floor))).isGreaterThan(2_000);
        // background, floor, slabs, stations, the alarm: at least
        assertThat(pixels.distinctColours()).isGreaterThanOrEqualTo(5);
    }

    private static boolean near(int rgb, int wanted) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((rgb >> shift & 0xFF) - (wanted >> shift & 0xFF)) > 3) {
                return false;
            }
        }
        return true;
    }
}
