package org.zhizao.scheduler.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The non-blank lines of an instance file, each split into integers, with line numbers for errors. */
final class InstanceLines {

    record Line(int number, long[] values) {
    }

    private InstanceLines() {
    }

    static List<Line> read(BufferedReader reader, String source) {
        List<Line> lines = new ArrayList<>();
        try {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                String trimmed = text.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                String[] tokens = trimmed.split("\\s+");
                long[] values = new long[tokens.length];
                for (int i = 0; i < tokens.length; i++) {
                    values[i] = parse(tokens[i], source, number, i + 1, lines.isEmpty());
                }
                lines.add(new Line(number, values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
        return lines;
    }

    private static long parse(String token, String source, int line, int position, boolean header) {
        // some instance files write integral numbers as "2.0" in the header
        try {
            return Long.parseLong(token);
        } catch (NumberFormatException e) {
            try {
                double value = Double.parseDouble(token);
                if (header && position == 3) {
                    return (long) value;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new InstanceFormatException(source, line, "'" + token + "' (value " + position + ") is not a number");
        }
    }
}
