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
 * Many boxes as one {@link TriangleMesh}: one draw call instead of one per box. Each box's colour is a
 * texture coordinate into a small palette image, so a state change rewrites two numbers and no geometry;
 * a box that moves or turns (an AGV) rewrites its eight corners in place. The mesh is built anew only
 * when the boxes are other boxes (other codes, or in another order).
 */
final class MergedBoxes {

    /**
     * Palette slots: the state, alarm, AGV, floor and overlay colours of one view fit many times over; a
     * view with more colours (the continuous heat-map colours of hundreds of buildings) starts again.
     */
    private static final int PALETTE = 64;
    /**
     * The triangles of a box over its 8 corners (0-3 bottom, 4-7 top), wound outward: top and sides. The
     * camera never goes below the floor, so bottoms are left out: a sixth fewer triangles to set up.
     */
    private static final int[][] BOX = {
        {4, 5, 6}, {4, 6, 7}, {0, 1, 5}, {0, 5, 4},
        {1, 2, 6}, {1, 6, 5}, {2, 3, 7}, {2, 7, 6}, {3, 0, 4}, {3, 4, 7}};
    /** The coarse level of detail: tops only, a fifth of the triangles, for boxes seen from afar. */
    private static final int[][] TOPS = {{4, 5, 6}, {4, 6, 7}};

    private final MeshView view = new MeshView();
    private final WritableImage palette = new WritableImage(PALETTE, 1);
    private final Map<Integer, Integer> slots = new HashMap<>();
    private final List<Shape> boxes = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final float[] uv = new float[2];
    private float[] points = new float[0];
    private TriangleMesh mesh;
    private int[][] triangles = BOX;

    MergedBoxes(String id) {
        PhongMaterial material = new PhongMaterial(Color.WHITE);
        material.setDiffuseMap(palette);
        material.setSpecularColor(Color.gray(0.15));
        view.setMaterial(material);
        view.setCullFace(CullFace.BACK);
        view.setId(id);
        view.setUserData(this);
    }

    MeshView view() {
        return view;
    }

    /** The code of the box a picked face belongs to, or null. */
    String codeOfFace(int face) {
        int box = face / triangles.length;
        return face < 0 || box >= boxes.size() ? null : boxes.get(box).code();
    }

    boolean contains(String code) {
        return index.containsKey(code);
    }

    /**
     * Draws these boxes, whole or as their tops only: rebuilds the mesh if they are other boxes or the other
     * level of detail, else changes colours and corners only.
     */
    void show(List<Shape> shapes, boolean topsOnly) {
        int[][] wanted = topsOnly ? TOPS : BOX;
        if (!sameBoxes(shapes) || slots.size() >= PALETTE || wanted != triangles) {
            triangles = wanted;
            build(shapes);
            return;
        }
        int firstMoved = Integer.MAX_VALUE;
        int lastMoved = -1;
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            Shape before = boxes.get(i);
            if (s == before) {
                continue;
            }
            if (s.rgb() != before.rgb()) {
                slotCoordinates(slot(s.rgb()));
                mesh.getTexCoords().set(i * 2, uv, 0, 2);
            }
            if (!s.centre().equals(before.centre()) || !s.size().equals(before.size())
                    || s.heading() != before.heading()) {
                corners(s, i * 24);
                firstMoved = Math.min(firstMoved, i);
                lastMoved = i;
            }
            boxes.set(i, s);
        }
        if (lastMoved >= 0) {
            // one upload of the moved range, not one per box
            mesh.getPoints().set(firstMoved * 24, points, firstMoved * 24, (lastMoved - firstMoved + 1) * 24);
        }
    }

    private boolean sameBoxes(List<Shape> shapes) {
        if (mesh == null || shapes.size() != boxes.size()) {
            return false;
        }
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i) != boxes.get(i) && !shapes.get(i).code().equals(boxes.get(i).code())) {
                return false;
            }
        }
        return true;
    }

    /** Writes a box's eight corners, turned by its heading about its vertical axis, at {@code at}. */
    private void corners(Shape s, int at) {
        double hx = s.size().x() / 2;
        double hy = s.size().y() / 2;
        double hz = s.size().z() / 2;
        double a = Math.toRadians(s.heading());
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        int p = at;
        for (int corner = 0; corner < 8; corner++) {
            double x = corner == 1 || corner == 2 || corner == 5 || corner == 6 ? hx : -hx;
            double y = corner == 2 || corner == 3 || corner == 6 || corner == 7 ? hy : -hy;
            points[p++] = (float) (s.centre().x() + x * cos - y * sin);
            points[p++] = (float) (s.centre().y() + x * sin + y * cos);
            points[p++] = (float) (s.centre().z() + (corner >= 4 ? hz : -hz));
        }
    }

    private void build(List<Shape> shapes) {
        boxes.clear();
        boxes.addAll(shapes);
        index.clear();
        slots.clear();
        points = new float[shapes.size() * 8 * 3];
        float[] tex = new float[shapes.size() * 2];
        int[] faces = new int[shapes.size() * triangles.length * 6];
        int f = 0;
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            index.put(s.code(), i);
            corners(s, i * 24);
            slotCoordinates(slot(s.rgb()));
            tex[i * 2] = uv[0];
            tex[i * 2 + 1] = uv[1];
            for (int[] t : triangles) {
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
        m.getFaceSmoothingGroups().setAll(new int[shapes.size() * triangles.length]);
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
