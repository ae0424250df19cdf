package org.zhizao.twin.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.zhizao.twin.client.MesClient;
import org.zhizao.twin.scene.Element;
import org.zhizao.twin.scene.LiveState;
import org.zhizao.twin.scene.Tier;

/** The details of the clicked element: live values at once, the station's current operation when it arrives. */
final class DetailsPane extends VBox {

    private final ResourceBundle messages;
    private final MesClient client;
    private final GridPane grid = new GridPane();
    private final Label operation = new Label();
    private int row;
    /** Which selection the background loads belong to: a slow answer for an earlier click is dropped. */
    private int generation;

    DetailsPane(ResourceBundle messages, MesClient client) {
        this.messages = messages;
        this.client = client;
        setId("details");
        setSpacing(8);
        setPrefWidth(280);
        setStyle("-fx-padding: 10; -fx-background-color: #263238;");
        grid.setHgap(8);
        grid.setVgap(4);
        Label title = new Label(messages.getString("details.title"));
        title.setStyle("-fx-font-weight: bold; -fx-text-fill: white;");
        operation.setId("details-operation");
        operation.setWrapText(true);
        operation.setStyle("-fx-text-fill: white;");
        getChildren().addAll(title, grid, operation);
        clear();
    }

    void clear() {
        generation++;
        grid.getChildren().clear();
        row = 0;
        operation.setText(messages.getString("details.none"));
    }

    void show(Element e, LiveState state, boolean chinese) {
        generation++;
        grid.getChildren().clear();
        row = 0;
        operation.setText("");
        add("details.code", e.code(), "details-code");
        add("details.name", e.name(chinese), "details-name");
        if (e.type() != null) {
            add("details.type", e.type(), null);
        }
        if (e.tier() == Tier.STATION) {
            add("details.state", messages.getString("state." + state.stationState(e.code()).name()), "details-state");
            LiveState.Alarm alarm = state.stationAlarm(e.code());
            if (alarm != null) {
                add("details.alarm", alarm.code() + " " + alarm.message(), "details-alarm");
            }
            LiveState.Count count = state.count(e.code());
            if (count != null) {
                add("details.parts", count.good() + " / " + count.scrap(), null);
            }
            Map<String, String> late = state.lateAt(e.code());
            if (!late.isEmpty()) {
                add("details.late", String.join(", ", late.entrySet().stream()
                        .map(o -> o.getKey() + " (" + o.getValue() + ")").toList()), "details-late");
            }
            Label program = add("details.program", "…", "details-program");
            Label spindle = add("details.spindle", "…", "details-spindle");
            Label power = add("details.power", "…", "details-power");
            Label inspection = add("details.inspection", "…", "details-inspection");
            loadOperation(e.code());
            loadStation(e.code(), program, spindle, power, inspection);
        }
        if ("AGV".equals(e.kind())) {
            Map<String, Object> agv = state.agvData(e.code());
            add("details.battery", String.valueOf(agv.getOrDefault("battery", "–")), null);
            add("details.mission", String.valueOf(agv.getOrDefault("mission", "–")), null);
        }
        Object oee = state.kpi(e.code()).get("oee");
        if (oee instanceof Number n) {
            add("details.oee", String.format("%.1f %%", n.doubleValue() * 100), "details-oee");
        }
    }

    private Label add(String key, String value, String id) {
        Label name = new Label(messages.getString(key));
        name.setStyle("-fx-text-fill: #B0BEC5;");
        Label v = new Label(value);
        v.setStyle("-fx-text-fill: white;");
        v.setWrapText(true);
        if (id != null) {
            v.setId(id);
        }
        grid.addRow(row++, name, v);
        return v;
    }

    /** Asks mes-core for the station's latest signals and last inspection result, off the JavaFX thread. */
    private void loadStation(String station, Label program, Label spindle, Label power, Label inspection) {
        int asked = generation;
        Thread t = new Thread(() -> {
            StationReadings.Panel panel;
            try {
                panel = StationReadings.panel(client.latestSignals(station), client.lastInspection(station));
            } catch (Exception ex) {
                panel = new StationReadings.Panel(ex.getMessage(), "–", "–", "–");
            }
            StationReadings.Panel shown = panel;
            Platform.runLater(() -> {
                if (asked == generation) {
                    program.setText(shown.program());
                    spindle.setText(shown.spindle());
                    power.setText(shown.power());
                    inspection.setText(inspectionText(shown.inspection()));
                }
            });
        }, "twin-station");
        t.setDaemon(true);
        t.start();
    }

    private String inspectionText(String raw) {
        return raw.replace("{passed}", messages.getString("details.passed"))
                .replace("{failed}", messages.getString("details.failed"));
    }

    /** Asks mes-core for the station's started (else latest) operation, off the JavaFX thread. */
    private void loadOperation(String station) {
        Thread t = new Thread(() -> {
            try {
                JsonNode page = client.operations(station);
                JsonNode chosen = null;
                for (JsonNode op : page.path("content")) {
                    if (chosen == null || "STARTED".equals(op.path("status").asText())) {
                        chosen = op;
                    }
                }
                String text = chosen == null ? "–" : messages.getString("details.operation") + ": "
                        + chosen.path("code").asText() + " (" + chosen.path("status").asText() + ")\n"
                        + messages.getString("details.order") + ": " + chosen.path("orderNumber").asText();
                Platform.runLater(() -> operation.setText(text));
            } catch (Exception ex) {
                Platform.runLater(() -> operation.setText(ex.getMessage()));
            }
        }, "twin-details");
        t.setDaemon(true);
        t.start();
    }
}
