package org.zhizao.twin.view;

import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.zhizao.twin.client.LiveConnection;
import org.zhizao.twin.client.MesClient;
import org.zhizao.twin.scene.Element;
import org.zhizao.twin.scene.LiveEvent;
import org.zhizao.twin.scene.LiveState;
import org.zhizao.twin.scene.Navigation;
import org.zhizao.twin.scene.Overlay;
import org.zhizao.twin.scene.PlantLayout;
import org.zhizao.twin.scene.SceneModel;
import org.zhizao.twin.scene.Shape;
import org.zhizao.twin.scene.Tier;

/**
 * The viewer's window content: breadcrumbs, search, overlay and connection status on top, the 3D plant in
 * the middle, details on the right, the timeline below. Everything it draws comes from the scene model.
 */
public final class TwinView extends BorderPane {

    /** Events kept for replay: enough for a shift of a demo plant without growing without bound. */
    private static final int RECORDED_MAX = 200_000;
    private static final long LATE_REFRESH_NANOS = 30_000_000_000L;

    private final MesClient client;
    private final ResourceBundle messages;
    private final boolean chinese;
    private final PlantStage stage = new PlantStage(960, 640);
    private final LiveState live = new LiveState();
    private final Deque<LiveEvent> recorded = new ArrayDeque<>();
    private final HBox breadcrumbs = new HBox(4);
    private final Label connection = new Label();
    private final TextField search = new TextField();
    private final ChoiceBox<Overlay> overlay = new ChoiceBox<>();
    private final LabelLayer labels = new LabelLayer();
    private final DetailsPane details;
    private final TimelineBar timeline;
    private PlantLayout layout;
    private Navigation navigation;
    private SceneModel model;
    private LiveConnection connectionTask;
    private AnimationTimer timer;
    /** When the late work was last asked for (System.nanoTime), 0 to ask at once; and whether it is on its way. */
    private long lateAskedAt;
    private boolean lateLoading;

    public TwinView(MesClient client, Locale locale) {
        this.client = client;
        this.messages = ResourceBundle.getBundle("org.zhizao.twin.messages", locale);
        this.chinese = "zh".equals(messages.getLocale().getLanguage());
        this.details = new DetailsPane(messages, client);
        this.timeline = new TimelineBar(messages, this::history);
        setTop(toolbar());
        setCenter(viewport());
        setRight(details);
        setBottom(timeline);
        setStyle("-fx-base: #37474F; -fx-background-color: #263238;");
    }

    public ResourceBundle messages() {
        return messages;
    }

    public PlantStage plantStage() {
        return stage;
    }

    TimelineBar timeline() {
        return timeline;
    }

    public Navigation navigation() {
        return navigation;
    }

    /** Loads the layout and opens the live stream, off the JavaFX thread. */
    public void connect() {
        status(messages, "connection.connecting", client.base());
        Thread t = new Thread(() -> {
            try {
                PlantLayout loaded = client.layout();
                List<LiveEvent> current = client.status();
                Platform.runLater(() -> start(loaded, current));
            } catch (Exception e) {
                Platform.runLater(() -> status(messages, "layout.failed", e.getMessage()));
            }
        }, "twin-layout");
        t.setDaemon(true);
        t.start();
    }

    /** Applies events as if they came from the stream (they are recorded for replay too). */
    public void apply(List<LiveEvent> events) {
        events.forEach(live::apply);
        synchronized (recorded) {
            recorded.addAll(events);
            while (recorded.size() > RECORDED_MAX) {
                recorded.removeFirst();
            }
        }
    }

    /**
     * A replay window from mes-core's history under the focus: the stations' states and alarms, the AGVs'
     * positions (one a minute, as stored) and the KPIs of the focus and its children; the part counts are
     * those the viewer itself received in the window.
     */
    private List<LiveEvent> history(long from, long to) throws java.io.IOException {
        List<LiveEvent> events = new ArrayList<>();
        synchronized (recorded) {
            recorded.stream().filter(e -> e.time() >= from && e.time() <= to && e.type().equals("count"))
                    .forEach(events::add);
        }
        Element focus = navigation.focus();
        java.time.Instant start = java.time.Instant.ofEpochMilli(from);
        java.time.Instant end = java.time.Instant.ofEpochMilli(to);
        List<String> stations = new ArrayList<>();
        collectStations(focus, stations);
        events.addAll(client.stateHistory(stations.subList(0, Math.min(stations.size(), 60)), start, end));
        events.addAll(client.alarmHistory(focus.code(), start, end));
        java.util.Map<String, String> agvs = new java.util.LinkedHashMap<>();
        for (Element e : layout.all()) {
            if ("AGV".equals(e.kind()) && (e.parentCode().equals(focus.code())
                    || e.parentCode().startsWith(focus.code() + "/")) && agvs.size() < 60) {
                agvs.put(e.code(), e.parentCode());
            }
        }
        events.addAll(client.agvHistory(agvs, currentAgvs(agvs.keySet()), start, end));
        List<String> kpiCodes = new ArrayList<>();
        kpiCodes.add(focus.code());
        layout.children(focus.code()).stream().filter(c -> c.tier() != null && c.tier() != Tier.STATION)
                .limit(30).forEach(c -> kpiCodes.add(c.code()));
        events.addAll(client.kpiHistory(kpiCodes, start, end, 10));
        return events;
    }

    /** The AGVs' latest values, copied on the JavaFX thread that changes them. */
    private java.util.Map<String, java.util.Map<String, Object>> currentAgvs(java.util.Set<String> codes)
            throws java.io.IOException {
        java.util.concurrent.FutureTask<java.util.Map<String, java.util.Map<String, Object>>> copy =
                new java.util.concurrent.FutureTask<>(() -> {
                    java.util.Map<String, java.util.Map<String, Object>> m = new java.util.HashMap<>();
                    codes.forEach(c -> m.put(c, java.util.Map.copyOf(live.agvData(c))));
                    return m;
                });
        Platform.runLater(copy);
        try {
            return copy.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new java.io.IOException("the AGVs' current positions: " + e, e);
        }
    }

    private void collectStations(Element e, List<String> into) {
        if (e.tier() == Tier.STATION) {
            into.add(e.code());
        }
        layout.children(e.code()).forEach(c -> collectStations(c, into));
    }

    private void start(PlantLayout loaded, List<LiveEvent> current) {
        layout = loaded;
        navigation = new Navigation(loaded);
        model = new SceneModel(loaded);
        apply(current);
        connectionTask = new LiveConnection(client, events -> Platform.runLater(() -> apply(events)),
                change -> Platform.runLater(() -> {
                    switch (change.status()) {
                        case CONNECTING -> status(messages, "connection.connecting", client.base());
                        case CONNECTED -> status(messages, "connection.connected");
                        case LOST -> status(messages, "connection.lost", change.reason());
                    }
                    connection.setStyle("-fx-text-fill: " + switch (change.status()) {
                        case CONNECTED -> "#66BB6A";
                        case CONNECTING -> "#FFD54F";
                        case LOST -> "#EF5350";
                    } + "; -fx-font-weight: bold;");
                }));
        connectionTask.start();
        go(loaded.park(), false);
        timer = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                timeline.advance(last == 0 ? 0 : (now - last) / 1_000_000);
                last = now;
                refreshLateWork(now);
                redraw();
            }
        };
        timer.start();
    }

    /** While the late-orders overlay is on: mes-core's late operations for the whole park, every 30 s. */
    private void refreshLateWork(long now) {
        if (overlay.getValue() != Overlay.LATE_ORDERS || lateLoading
                || lateAskedAt != 0 && now - lateAskedAt < LATE_REFRESH_NANOS) {
            return;
        }
        lateLoading = true;
        lateAskedAt = now;
        Thread t = new Thread(() -> {
            java.util.Map<String, java.util.Map<String, String>> byStation = new java.util.HashMap<>();
            try {
                for (com.fasterxml.jackson.databind.JsonNode op : client.lateOperations(layout.park())) {
                    byStation.computeIfAbsent(op.path("stationCode").asText(), k -> new java.util.TreeMap<>())
                            .put(op.path("operationCode").asText(), op.path("orderNumber").asText());
                }
                Platform.runLater(() -> {
                    live.lateWork(byStation);
                    lateLoading = false;
                });
            } catch (Exception e) {
                Platform.runLater(() -> {
                    status(messages, "late.failed", e.getMessage());
                    lateLoading = false;
                });
            }
        }, "twin-late-work");
        t.setDaemon(true);
        t.start();
    }

    /** Focuses an element (its tier element for AGVs and paths) and glides the camera to it. */
    public void go(String code, boolean animate) {
        navigation.enter(code);
        stage.frame(navigation.cameraTarget(), animate);
        breadcrumbs.getChildren().clear();
        for (Element e : navigation.breadcrumbs()) {
            Hyperlink link = new Hyperlink(messages.getString("tier." + e.tier()) + " " + e.name(chinese));
            link.setId("crumb-" + e.tier());
            link.setOnAction(a -> go(e.code(), true));
            breadcrumbs.getChildren().add(link);
        }
        redraw();
    }

    /** Rebuilds the shapes of the focus from the live state or the replay cursor. */
    public void redraw() {
        if (navigation == null) {
            return;
        }
        boolean replaying = timeline.cursor() != null;
        LiveState state = replaying ? timeline.cursor().state() : live;
        long time = replaying ? timeline.cursor().cursor() : System.currentTimeMillis();
        List<Shape> shapes = model.shapes(navigation.focus(), state, overlay.getValue(), time, chinese);
        stage.renderer().render(shapes, stage.cameraDistance());
        labels.update(shapes, stage.renderer());
    }

    private Node toolbar() {
        Button up = new Button(messages.getString("nav.up"));
        up.setId("up");
        up.setOnAction(e -> {
            navigation.up();
            go(navigation.focus().code(), true);
        });
        search.setId("search");
        search.setPromptText(messages.getString("search.prompt"));
        search.setOnAction(e -> {
            List<Element> found = layout == null ? List.of() : layout.search(search.getText());
            if (found.isEmpty()) {
                status(messages, "search.none", search.getText());
            } else {
                go(found.get(0).code(), true);
                details.show(found.get(0), live, chinese);
            }
        });
        overlay.setId("overlay");
        overlay.getItems().addAll(Overlay.values());
        overlay.setValue(Overlay.NONE);
        overlay.setOnAction(e -> lateAskedAt = 0);
        overlay.setConverter(new StringConverter<>() {
            @Override
            public String toString(Overlay o) {
                return o == null ? "" : messages.getString("overlay." + o.name());
            }

            @Override
            public Overlay fromString(String s) {
                return null;
            }
        });
        connection.setId("connection");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, up, breadcrumbs, spring, search, overlay, connection);
        bar.setStyle("-fx-padding: 6; -fx-alignment: center-left;");
        return bar;
    }

    private Node viewport() {
        Pane holder = new Pane(stage.subScene(), labels);
        labels.prefWidthProperty().bind(holder.widthProperty());
        labels.prefHeightProperty().bind(holder.heightProperty());
        holder.setMinSize(200, 200);
        stage.subScene().widthProperty().bind(holder.widthProperty());
        stage.subScene().heightProperty().bind(holder.heightProperty());
        stage.subScene().setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
                return;
            }
            String code = stage.renderer().codeAt(e.getPickResult());
            code = code == null ? null : code.split("#")[0];
            if (code == null) {
                return;
            }
            Element element = layout.get(code);
            if (element != null) {
                details.show(element, timeline.cursor() != null ? timeline.cursor().state() : live, chinese);
                if (e.getClickCount() == 2 && element.tier() != null) {
                    go(code, true);
                }
            }
        });
        return holder;
    }

    private void status(ResourceBundle bundle, String key, Object... args) {
        connection.setText(MessageFormat.format(bundle.getString(key), args));
    }

    public void close() {
        if (timer != null) {
            timer.stop();
        }
        if (connectionTask != null) {
            connectionTask.close();
        }
    }
}
