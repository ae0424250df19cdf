package org.zhizao.twin.view;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Box;
import org.zhizao.twin.scene.Shape;

/**
 * Flat labels over the 3D view (building names with their OEE, station names with good parts), placed
 * each frame above the top of their box as the camera projects it. Few enough to be cheap: at most
 * {@link #MAX} labels, none when more shapes carry one.
 */
final class LabelLayer extends Pane {

    static final int MAX = 80;

    private final Map<String, Label> labels = new HashMap<>();

    LabelLayer() {
        setMouseTransparent(true);
        setId("labels");
    }

    void update(List<Shape> shapes, ShapeRenderer renderer) {
        List<Shape> labelled = shapes.stream().filter(s -> s.label() != null
                && (s.kind() == Shape.Kind.BUILDING || s.kind() == Shape.Kind.STATION)).toList();
        Set<String> seen = new HashSet<>();
        if (labelled.size() <= MAX) {
            for (Shape s : labelled) {
                Box box = renderer.box(s.code());
                if (box == null) {
                    continue;
                }
                // rootScene = true projects through the SubScene's camera into the window's scene
                javafx.geometry.Point3D inScene = box.localToScene(0, 0, box.getDepth() / 2, true);
                Point2D p = inScene == null ? null : sceneToLocal(inScene.getX(), inScene.getY());
                if (p == null) {
                    continue;
                }
                seen.add(s.code());
                Label l = labels.computeIfAbsent(s.code(), k -> {
                    Label n = new Label();
                    n.setId("label-" + k);
                    n.setStyle("-fx-text-fill: white; -fx-font-size: 11px; -fx-background-color: rgba(0,0,0,0.45);"
                            + " -fx-padding: 1 4 1 4; -fx-background-radius: 3;");
                    getChildren().add(n);
                    return n;
                });
                if (!l.getText().equals(s.label())) {
                    l.setText(s.label());
                }
                l.relocate(p.getX() - l.getWidth() / 2, p.getY() - l.getHeight() - 4);
            }
        }
        labels.entrySet().removeIf(e -> {
            boolean stale = !seen.contains(e.getKey());
            if (stale) {
                getChildren().remove(e.getValue());
            }
            return stale;
        });
    }
}
