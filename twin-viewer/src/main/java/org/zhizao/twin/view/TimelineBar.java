package org.zhizao.twin.view;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.zhizao.twin.scene.LiveEvent;
import org.zhizao.twin.scene.ReplayCursor;

/** Live or replay; in replay a slider over the window, play and pause, and a speed. */
final class TimelineBar extends HBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ToggleButton replayToggle;
    private final Slider slider = new Slider(0, 1, 1);
    private final Button play;
    private final ChoiceBox<Double> speed = new ChoiceBox<>();
    private final Label time = new Label();
    private final ResourceBundle messages;
    private final ChoiceBox<Integer> window = new ChoiceBox<>();
    private ReplayCursor cursor;

    /** Where the events of a replay window come from (called off the JavaFX thread). */
    interface History {
        List<LiveEvent> load(long from, long to) throws Exception;
    }

    TimelineBar(ResourceBundle messages, History history) {
        this.messages = messages;
        setId("timeline");
        setSpacing(8);
        setStyle("-fx-padding: 6; -fx-alignment: center-left;");
        replayToggle = new ToggleButton(messages.getString("replay.replay"));
        replayToggle.setId("replay");
        play = new Button(messages.getString("replay.play"));
        play.setId("replay-play");
        speed.getItems().addAll(1.0, 4.0, 16.0, 60.0);
        speed.setValue(4.0);
        window.setId("replay-window");
        window.getItems().addAll(15, 60, 480);
        window.setValue(15);
        window.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                return minutes == null ? "" : minutes < 60 ? minutes + " min" : minutes / 60 + " h";
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setId("replay-slider");
        replayToggle.setOnAction(e -> {
            if (replayToggle.isSelected()) {
                long to = System.currentTimeMillis();
                long from = to - window.getValue() * 60_000L;
                time.setText(messages.getString("replay.loading"));
                Thread t = new Thread(() -> {
                    List<LiveEvent> events;
                    try {
                        events = history.load(from, to);
                    } catch (Exception ex) {
                        events = List.of();
                    }
                    List<LiveEvent> loaded = events;
                    Platform.runLater(() -> {
                        if (replayToggle.isSelected()) {
                            cursor = new ReplayCursor(loaded, from, to);
                            cursor.speed(speed.getValue());
                            slider.setValue(0);
                            refresh();
                        }
                    });
                }, "twin-history");
                t.setDaemon(true);
                t.start();
            } else {
                cursor = null;
                slider.setValue(1);
            }
            refresh();
        });
        play.setOnAction(e -> {
            if (cursor != null) {
                if (cursor.playing()) {
                    cursor.pause();
                } else {
                    cursor.play();
                }
                refresh();
            }
        });
        speed.setOnAction(e -> {
            if (cursor != null) {
                cursor.speed(speed.getValue());
            }
        });
        slider.valueProperty().addListener((o, a, b) -> {
            if (cursor != null && slider.isValueChanging()) {
                cursor.seekFraction(b.doubleValue());
            }
        });
        slider.setOnMouseReleased(e -> {
            if (cursor != null) {
                cursor.seekFraction(slider.getValue());
            }
        });
        getChildren().addAll(replayToggle, window, play, new Label(messages.getString("replay.speed")), speed, slider, time);
        refresh();
    }

    /** The replay cursor, or null when live. */
    ReplayCursor cursor() {
        return cursor;
    }

    /** Called every frame while replaying. */
    void advance(long realMillis) {
        if (cursor != null) {
            cursor.advance(realMillis);
            if (!slider.isValueChanging()) {
                slider.setValue(cursor.fraction());
            }
            refresh();
        }
    }

    private void refresh() {
        play.setDisable(cursor == null);
        slider.setDisable(cursor == null);
        play.setText(messages.getString(cursor != null && cursor.playing() ? "replay.pause" : "replay.play"));
        time.setText(cursor == null ? messages.getString("replay.live") : TIME.format(Instant.ofEpochMilli(cursor.cursor())));
    }
}
