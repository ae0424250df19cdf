package org.zhizao.mes.ui.chart;

import java.util.List;
import java.util.Locale;

/**
 * A small SVG writer for charts drawn on the server: shapes and text with escaped content, sized by
 * its view box so the browser scales it to the space it gets.
 */
public final class SvgDrawing {

    private final double width;
    private final double height;
    private final StringBuilder body = new StringBuilder();

    public SvgDrawing(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public SvgDrawing rect(double x, double y, double w, double h, String cssClass, String title) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(Math.max(0, w))).append("\" height=\"").append(n(Math.max(0, h))).append('"')
                .append(cls(cssClass)).append('>');
        title(title);
        body.append("</rect>");
        return this;
    }

    public SvgDrawing line(double x1, double y1, double x2, double y2, String cssClass) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"")
                .append(n(x2)).append("\" y2=\"").append(n(y2)).append('"').append(cls(cssClass)).append("/>");
        return this;
    }

    public SvgDrawing polyline(List<double[]> points, String cssClass) {
        body.append("<polyline fill=\"none\" points=\"");
        for (double[] p : points) {
            body.append(n(p[0])).append(',').append(n(p[1])).append(' ');
        }
        body.append('"').append(cls(cssClass)).append("/>");
        return this;
    }

    public SvgDrawing circle(double cx, double cy, double r, String cssClass, String title) {
        body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"")
                .append(n(r)).append('"').append(cls(cssClass)).append('>');
        title(title);
        body.append("</circle>");
        return this;
    }

    /** Text anchored at start, middle or end. */
    public SvgDrawing text(double x, double y, String text, String anchor, String cssClass) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append('"').append(cls(cssClass)).append('>').append(escape(text))
                .append("</text>");
        return this;
    }

    /** A group with a data attribute, so tests and scripts can find one bar among many. */
    public SvgDrawing beginGroup(String cssClass, String dataName, String dataValue) {
        body.append("<g").append(cls(cssClass));
        if (dataName != null) {
            body.append(" data-").append(dataName).append("=\"").append(escape(dataValue)).append('"');
        }
        body.append('>');
        return this;
    }

    public SvgDrawing endGroup() {
        body.append("</g>");
        return this;
    }

    public String toSvg() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n(width) + " " + n(height)
                + "\" preserveAspectRatio=\"xMinYMin meet\" class=\"chart\">" + body + "</svg>";
    }

    private void title(String title) {
        if (title != null && !title.isEmpty()) {
            body.append("<title>").append(escape(title)).append("</title>");
        }
    }

    private static String cls(String cssClass) {
        return cssClass == null ? "" : " class=\"" + escape(cssClass) + "\"";
    }

    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
