package org.zhizao.twin.scene;

import java.util.List;

/**
 * Where the viewer looks: one tier element in focus (the park at first), its breadcrumbs and the camera
 * target that frames it.
 */
public final class Navigation {

    /** Where the camera looks and from how far, in metres. */
    public record CameraTarget(Vec3 centre, double distance) {
    }

    private final PlantLayout layout;
    private Element focus;

    public Navigation(PlantLayout layout) {
        this.layout = layout;
        this.focus = layout.get(layout.park());
    }

    public Element focus() {
        return focus;
    }

    public Tier tier() {
        return focus.tier();
    }

    /** Focuses an element; for an AGV, path or equipment code, its nearest tier element. */
    public void enter(String code) {
        Element e = layout.tierElementOf(code);
        if (e == null) {
            throw new IllegalArgumentException("no element " + code);
        }
        focus = e;
    }

    /** Goes one tier up; stays at the park. */
    public void up() {
        if (focus.parentCode() != null) {
            focus = layout.get(focus.parentCode());
        }
    }

    /** Park first, the focus last. */
    public List<Element> breadcrumbs() {
        return layout.ancestry(focus.code());
    }

    /** Frames the focus: far enough that its larger horizontal side fills a 45° field of view, with margin. */
    public CameraTarget cameraTarget() {
        double span = Math.max(Math.max(focus.size().x(), focus.size().y()), 2.0);
        return new CameraTarget(focus.centre(), span * 1.4);
    }
}
