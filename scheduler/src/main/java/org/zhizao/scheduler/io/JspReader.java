package org.zhizao.scheduler.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.ShopScheduleBuilder;

/**
 * Reads the classic job-shop text format (Fisher-Thompson, Lawrence, ...): a header
 * {@code jobs machines}, then one line per job of {@code machine duration} pairs in routing order,
 * machines numbered from 0. Stations are named {@code M0..}, orders {@code J1..}.
 */
public final class JspReader {

    private JspReader() {
    }

    public static ShopSchedule read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            return read(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public static ShopSchedule parse(String text, String source) {
        return read(new BufferedReader(new StringReader(text)), source);
    }

    static ShopSchedule read(BufferedReader reader, String source) {
        List<InstanceLines.Line> lines = InstanceLines.read(reader, source);
        if (lines.isEmpty() || lines.get(0).values().length != 2) {
            throw new InstanceFormatException(source, lines.isEmpty() ? 1 : lines.get(0).number(),
                    "expected 'jobs machines'");
        }
        int jobs = (int) lines.get(0).values()[0];
        int machines = (int) lines.get(0).values()[1];
        if (jobs <= 0 || machines <= 0) {
            throw new InstanceFormatException(source, lines.get(0).number(), "jobs and machines must be positive");
        }
        if (lines.size() - 1 != jobs) {
            int number = lines.size() - 1 > jobs ? lines.get(jobs + 1).number() : lines.get(lines.size() - 1).number();
            throw new InstanceFormatException(source, number,
                    "header declares " + jobs + " jobs but the file has " + (lines.size() - 1) + " job lines");
        }
        ShopScheduleBuilder shop = new ShopScheduleBuilder();
        for (int m = 0; m < machines; m++) {
            shop.station("M" + m);
        }
        for (int j = 1; j <= jobs; j++) {
            InstanceLines.Line line = lines.get(j);
            long[] values = line.values();
            if (values.length % 2 != 0) {
                throw new InstanceFormatException(source, line.number(), "odd number of values; expected machine/duration pairs");
            }
            String order = "J" + j;
            shop.order(order, 0, null, 1);
            for (int o = 0; o < values.length / 2; o++) {
                long machine = values[2 * o];
                long duration = values[2 * o + 1];
                if (machine < 0 || machine >= machines) {
                    throw new InstanceFormatException(source, line.number(), "machine " + machine + " is outside 0.." + (machines - 1));
                }
                if (duration < 0) {
                    throw new InstanceFormatException(source, line.number(), "negative duration " + duration);
                }
                shop.operation(order + "-" + (o + 1), order, null).on("M" + machine, duration);
            }
        }
        return shop.build();
    }
}
