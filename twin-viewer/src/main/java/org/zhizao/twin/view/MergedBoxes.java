package org.zhizao.twin.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import org.zhizao.twin.scene.Shape;

/**
 * Many boxes that do not move (the stations of a large view) as one {@link TriangleMesh}: one draw call
 * instead of one per box. Each box's colour is a texture coordinate into a small palette image, so a
 * state change rewrites two numbers of the texture coordinates and no geometry. The boxes are rebuilt
 * only when the set of boxes (codes, positions, sizes) changes.
 */
final class StationMesh {

    /** Palette slots: the state, alarm and overlay colours fit many times over. */
    private static final int PALETTE = 64;
    /** The 12 triangles of a box over its 8 corners (0-3 bottom, 4-7 top), outward in JavaFX's frame. */
    private static final int[][] TRIANGLES = {
        {0, 2, 1}, {0, 3, 2}, {4, 5, 6}, {4, 6, 7}, {0, 1, 5}, {0, 5, 4},
        {1, 2, 6}, {1, 6, 5}, {2, 3, 7}, {2, 7, 6}, {3, 0, 4}, {3, 4, 7}};

    private final MeshView view = new MeshView();
    private final WritableImage palette = new WritableImage(PALETTE, 1);
    private final Map<Integer, Integer> slots = new HashMap<>();
    private final List<Shape> boxes = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final float[] uv = new float[2];
    private TriangleMesh mesh;

    StationMesh() {
        PhongMaterial material = new PhongMaterial(Color.WHITE);
        material.setDiffuseMap(palette);
        material.setSpecularColor(Color.gray(0.15));
        view.setMaterial(material);
        view.setCullFace(CullFace.BACK);
        view.setId("station-mesh");
        view.setUserData(this);
    }

    MeshView view() {
        return view;
    }

    /** The code of the box a picked face belongs to, or null. */
    String codeOfFace(int face) {
        int box = face / TRIANGLES.length;
        return face < 0 || box >= boxes.size() ? null : boxes.get(box).code();
    }

    boolean contains(String code) {
        return index.containsKey(code);
    }

    /** Draws these boxes: rebuilds the geometry if they are other boxes, else changes colours only. */
    void show(List<Shape> shapes) {
        if (!sameBoxes(shapes)) {
            build(shapes);
            return;
        }
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            if (s != boxes.get(i)) {
                if (s.rgb() != boxes.get(i).rgb()) {
                    slotCoordinates(slot(s.rgb()));
                    mesh.getTexCoords().set(i * 2, uv, 0, 2);
                }
                boxes.set(i, s);
            }
        }
    }

    private boolean sameBoxes(List<Shape> shapes) {
        if (mesh == null || shapes.size() != boxes.size()) {
            return false;
        }
        for (int i = 0; i < shapes.size(); i++) {
            Shape a = shapes.get(i);
            Shape b = boxes.get(i);
            if (a != b && (!a.code().equals(b.code()) || !a.centre().equals(b.centre()) || !a.size().equals(b.size()))) {
                return false;
            }
        }
        return true;
    }

    private void build(List<Shape> shapes) {
        boxes.clear();
        boxes.addAll(shapes);
        index.clear();
        float[] points = new float[shapes.size() * 8 * 3];
        float[] tex = new float[shapes.size() * 2];
        int[] faces = new int[shapes.size() * TRIANGLES.length * 6];
        int p = 0;
        int f = 0;
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            index.put(s.code(), i);
            double hx = s.size().x() / 2;
            double hy = s.size().y() / 2;
            double hz = s.size().z() / 2;
            for (int corner = 0; corner < 8; corner++) {
                double x = corner == 1 || corner == 2 || corner == 5 || corner == 6 ? hx : -hx;
                double y = corner == 2 || corner == 3 || corner == 6 || corner == 7 ? hy : -hy;
                points[p++] = (float) (s.centre().x() + x);
                points[p++] = (float) (s.centre().y() + y);
                points[p++] = (float) (s.centre().z() + (corner >= 4 ? hz : -hz));
            }
            slotCoordinates(slot(s.rgb()));
            tex[i * 2] = uv[0];
            tex[i * 2 + 1] = uv[1];
            for (int[] t : TRIANGLES) {
                for (int v : t) {
                    faces[f++] = i * 8 + v;
                    faces[f++] = i;
                }
            }
        }
        TriangleMesh m = new TriangleMesh();
        m.getPoints().setAll(points);
        m.getTexCoords().setAll(tex);
        m.getFaces().setAll(faces);
        // hard edges: every face lit by its own normal, as a Box is
        m.getFaceSmoothingGroups().setAll(new int[shapes.size() * TRIANGLES.length]);
        mesh = m;
        view.setMesh(m);
    }

    private int slot(int rgb) {
        Integer slot = slots.get(rgb);
        if (slot == null) {
            slot = slots.size() % PALETTE;
            slots.put(rgb, slot);
            PixelWriter w = palette.getPixelWriter();
            w.setArgb(slot, 0, 0xFF000000 | rgb);
        }
        return slot;
    }

    private void slotCoordinates(int slot) {
        uv[0] = (slot + 0.5f) / PALETTE;
        uv[1] = 0.5f;
    }
}
