package org.zhizao.mes.order.ui;

import java.util.ArrayList;
import java.util.List;

/** One line of comma-separated values as RFC 4180 quotes them: {@code "a, b"} and {@code "say ""hi"""}. */
final class CsvLine {

    private CsvLine() {
    }

    /** The cells of one line, quotes removed; null if a quote is left open. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString());
        return cells;
    }
}
