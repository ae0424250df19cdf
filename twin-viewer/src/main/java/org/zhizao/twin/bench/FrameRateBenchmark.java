package org.zhizao.twin.bench;

import java.util.Map;
import java.util.Random;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.zhizao.twin.scene.Availability;
import org.zhizao.twin.scene.LiveEvent;
import org.zhizao.twin.scene.LiveState;
import org.zhizao.twin.scene.Navigation;
import org.zhizao.twin.scene.Overlay;
import org.zhizao.twin.scene.PlantLayout;
import org.zhizao.twin.scene.SceneModel;
import org.zhizao.twin.view.PlantStage;

/**
 * Frame rate of the 3D view at 1280×720: one workshop of {@code stations} stations (default 1,000) and
 * {@code agvs} AGVs (default 100) moving on loops, positions reported every 200 ms and interpolated each
 * frame, a station changing state every 50 ms; the same scene model and renderer as the viewer.
 * Run it under Xvfb with {@code -Dprism.forceGPU=true} (see docs/benchmarks.md); prints the frames per second.
 */
public final class FrameRateBenchmark {

    private FrameRateBenchmark() {
    }

    public static void main(String[] args) {
        Application.launch(Run.class, args);
    }

    /** The benchmark window. */
    public static final class Run extends Application {

        private static final String W = GridWorkshop.CODE;

        @Override
        public void start(Stage stage) {
            Map<String, String> a = getParameters().getNamed();
            int stations = Integer.parseInt(a.getOrDefault("stations", "1000"));
            int agvs = Integer.parseInt(a.getOrDefault("agvs", "100"));
            int seconds = Integer.parseInt(a.getOrDefault("seconds", "20"));
            double width = GridWorkshop.width();
            double depth = GridWorkshop.depth(stations);
            PlantLayout layout = GridWorkshop.layout(stations, agvs);
            SceneModel model = new SceneModel(layout);
            LiveState live = new LiveState();
            // --full-detail: whole boxes however far the camera is
            boolean detail = a.containsKey("full-detail");
            int mergeAbove = Integer.parseInt(a.getOrDefault("merge-above",
                    String.valueOf(org.zhizao.twin.view.ShapeRenderer.MERGE_STATIONS_ABOVE)));
            PlantStage view = new PlantStage(1280, 720, new org.zhizao.twin.view.ShapeRenderer(mergeAbove));
            if ("false".equals(a.get("point-light"))) {
                // to tell the lighting's cost from the rest: ambient light only
                ((javafx.scene.Group) view.subScene().getRoot()).getChildren()
                        .removeIf(n -> n instanceof javafx.scene.PointLight);
            }
            Navigation nav = new Navigation(layout);
            nav.enter(W);
            view.frame(nav.cameraTarget(), false);
            stage.setScene(new Scene(new javafx.scene.Group(view.subScene()), 1280, 720));
            stage.setTitle("twin-viewer frame rate");
            stage.show();

            Random random = new Random(7);
            Availability[] states = Availability.values();
            long start = System.nanoTime();
            new AnimationTimer() {
                private long frames;
                private long measuredFrom;
                private long lastAgvs;
                private long lastState;
                private double worstSecond = Double.MAX_VALUE;
                private long secondFrom;
                private long secondFrames;
                private long cpuFrom;
                private long fxFrom;

                @Override
                public void handle(long now) {
                    long ms = System.currentTimeMillis();
                    if (now - lastAgvs > 200_000_000L) {
                        lastAgvs = now;
                        for (int i = 0; i < agvs; i++) {
                            double angle = (ms / 1000.0) * 0.3 + i * 2 * Math.PI / agvs;
                            double rx = width / 2 - 8 - (i % 10) * 2;
                            double ry = depth / 2 - 8 - (i % 10) * 1.5;
                            live.apply(new LiveEvent("agv:" + GridWorkshop.agv(i), "agv", Map.of("device", GridWorkshop.agv(i),
                                    "positionX", width / 2 + rx * Math.cos(angle), "positionY",
                                    depth / 2 + ry * Math.sin(angle), "heading", Math.toDegrees(angle) + 90), ms));
                        }
                    }
                    if (now - lastState > 50_000_000L) {
                        lastState = now;
                        int s = random.nextInt(stations);
                        String station = GridWorkshop.station(s);
                        live.apply(new LiveEvent("state:" + station, "state", Map.of("device", station + "/M",
                                "station", station, "primary", true, "state",
                                states[random.nextInt(states.length)].name()), ms));
                    }
                    view.renderer().render(model.shapes(nav.focus(), live, Overlay.NONE, ms, false),
                            detail ? 0 : view.cameraDistance());
                    double elapsed = (now - start) / 1e9;
                    if (elapsed < 5) {
                        return; // warm-up
                    }
                    if (measuredFrom == 0) {
                        measuredFrom = now;
                        secondFrom = now;
                        cpuFrom = cpuNanos();
                        fxFrom = fxThreadNanos();
                    }
                    frames++;
                    secondFrames++;
                    if (now - secondFrom >= 1_000_000_000L) {
                        worstSecond = Math.min(worstSecond, secondFrames * 1e9 / (now - secondFrom));
                        secondFrom = now;
                        secondFrames = 0;
                    }
                    if (now - measuredFrom >= seconds * 1_000_000_000L) {
                        stop();
                        if (a.containsKey("snapshot")) {
                            save(view.subScene().snapshot(null, null), a.get("snapshot"));
                        }
                        // CPU per frame depends less on what else the machine runs than frames per second do
                        System.out.printf("stations=%d agvs=%d nodes=%d size=1280x720 seconds=%d fps=%.1f"
                                + " worst-second-fps=%.1f cpu-ms-per-frame=%.1f fx-thread-ms-per-frame=%.1f"
                                + " load=%.1f pipeline=%s%n", stations, agvs,
                                view.renderer().nodes(), seconds,
                                frames * 1e9 / (now - measuredFrom), worstSecond,
                                (cpuNanos() - cpuFrom) / 1e6 / frames, (fxThreadNanos() - fxFrom) / 1e6 / frames,
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                        .getSystemLoadAverage(),
                                com.sun.prism.GraphicsPipeline.getPipeline() == null ? "?"
                                        : com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName());
                        Platform.exit();
                    }
                }
            }.start();
        }

        /** CPU time of the whole process: JavaFX's threads and Mesa's rasterizer threads. */
        private static long cpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
        }

        /** CPU time of the JavaFX application thread (scene model, renderer, scene graph changes). */
        private static long fxThreadNanos() {
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }

        private static void save(javafx.scene.image.Image image, String file) {
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.WritablePixelFormat.getIntArgbInstance(),
                    argb, 0, w);
            java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            out.setRGB(0, 0, w, h, argb, 0, w);
            try {
                javax.imageio.ImageIO.write(out, "png", new java.io.File(file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
