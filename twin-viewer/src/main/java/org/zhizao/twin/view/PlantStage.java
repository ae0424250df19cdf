package org.zhizao.twin.view;

import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.geometry.Point3D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import javafx.util.Duration;
import org.zhizao.twin.scene.Navigation;

/**
 * The 3D view: a SubScene with a perspective camera on an orbit rig. Drag with the left button to orbit,
 * with the right button to pan, scroll to zoom; {@link #frame} glides to a tier's camera target.
 */
public final class PlantStage {

    private final ShapeRenderer renderer;
    private final SubScene subScene;
    private final Translate target = new Translate();
    private final Rotate yaw = new Rotate(-20, Rotate.Y_AXIS);
    private final Rotate pitch = new Rotate(-40, Rotate.X_AXIS);
    private final Translate distance = new Translate(0, 0, -500);
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private Timeline glide;
    private double lastX;
    private double lastY;

    public PlantStage(double width, double height) {
        this(width, height, new ShapeRenderer());
    }

    /** With a renderer of its own, e.g. one that never merges stations (to compare in the benchmark). */
    public PlantStage(double width, double height, ShapeRenderer renderer) {
        this.renderer = renderer;
        // the plant's frame has z up and y north; JavaFX's has y down: a quarter turn about x maps one to the other
        Group world = new Group(renderer.plant());
        world.getTransforms().add(new Rotate(90, Rotate.X_AXIS));
        AmbientLight ambient = new AmbientLight(Color.gray(BakedLight.AMBIENT));
        PointLight sun = new PointLight(Color.gray(BakedLight.SUN));
        // plant (x, y, z) → JavaFX (x, -z, y), as for the camera
        sun.setTranslateX(BakedLight.SUN_X);
        sun.setTranslateY(-BakedLight.SUN_Z);
        sun.setTranslateZ(BakedLight.SUN_Y);
        sun.setMaxRange(Double.POSITIVE_INFINITY);
        // meshes with the light baked into their colours: white ambient light only, no light per pixel
        AmbientLight baked = new AmbientLight(Color.WHITE);
        baked.getScope().addAll(renderer.bakedLightNodes());
        ambient.getExclusionScope().addAll(renderer.bakedLightNodes());
        sun.getExclusionScope().addAll(renderer.bakedLightNodes());
        camera.setFieldOfView(45);
        camera.setNearClip(0.5);
        camera.setFarClip(20_000);
        camera.getTransforms().addAll(target, yaw, pitch, distance);
        Group root = new Group(world, ambient, sun, baked, camera);
        subScene = new SubScene(root, width, height, true, SceneAntialiasing.DISABLED);
        subScene.setId("plant-view");
        subScene.setFill(Color.rgb(0x1B, 0x26, 0x30));
        subScene.setCamera(camera);
        mouse();
    }

    public SubScene subScene() {
        return subScene;
    }

    public ShapeRenderer renderer() {
        return renderer;
    }

    /** Glides the camera to look at a target from its distance. */
    public void frame(Navigation.CameraTarget t, boolean animate) {
        // plant (x, y, z) → JavaFX (x, -z, y) after the quarter turn
        Point3D to = new Point3D(t.centre().x(), -t.centre().z(), t.centre().y());
        if (!animate) {
            if (glide != null) {
                glide.stop();
            }
            target.setX(to.getX());
            target.setY(to.getY());
            target.setZ(to.getZ());
            distance.setZ(-t.distance());
            return;
        }
        if (glide != null) {
            glide.stop();
        }
        glide = new Timeline(new KeyFrame(Duration.millis(600),
                new KeyValue(target.xProperty(), to.getX()), new KeyValue(target.yProperty(), to.getY()),
                new KeyValue(target.zProperty(), to.getZ()), new KeyValue(distance.zProperty(), -t.distance())));
        glide.play();
    }

    /** How far the camera is from the point it looks at, in metres. */
    public double cameraDistance() {
        return -distance.getZ();
    }

    /** Whether the camera is still gliding to a new target. */
    public boolean gliding() {
        return glide != null && glide.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    private void mouse() {
        subScene.setOnMousePressed(e -> {
            lastX = e.getSceneX();
            lastY = e.getSceneY();
        });
        subScene.setOnMouseDragged(e -> {
            double dx = e.getSceneX() - lastX;
            double dy = e.getSceneY() - lastY;
            lastX = e.getSceneX();
            lastY = e.getSceneY();
            if (e.getButton() == MouseButton.PRIMARY) {
                yaw.setAngle(yaw.getAngle() + dx * 0.3);
                pitch.setAngle(Math.max(-89, Math.min(-5, pitch.getAngle() - dy * 0.3)));
            } else {
                double scale = -distance.getZ() / 800;
                double a = Math.toRadians(yaw.getAngle());
                target.setX(target.getX() - (dx * Math.cos(a)) * scale - (dy * Math.sin(a)) * scale);
                target.setZ(target.getZ() + (dy * Math.cos(a)) * scale - (dx * Math.sin(a)) * scale);
            }
        });
        subScene.setOnScroll(e -> distance.setZ(Math.min(-2, distance.getZ() * (e.getDeltaY() > 0 ? 0.9 : 1.1))));
    }
}
