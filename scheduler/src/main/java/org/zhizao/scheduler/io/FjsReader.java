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
 * Reads the standard flexible job-shop format ({@code .fjs}, Brandimarte, Kacem, ...): a header
 * {@code jobs machines [average machines per operation]}, then one line per job: the number of
 * operations, then per operation {@code k} followed by {@code k} pairs {@code machine duration}
 * (machines numbered from 1). Machines that no operation uses are accepted (Mk06 declares 15 and
 * uses 10). Stations are named {@code M1..Mm}, orders {@code J1..Jn}, operations {@code J1-1..}.
 */
public final class FjsReader {

    private FjsReader() {
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
        if (lines.isEmpty()) {
            throw new InstanceFormatException(source, 1, "empty file, expected 'jobs machines'");
        }
        InstanceLines.Line header = lines.get(0);
        if (header.values().length < 2 || header.values().length > 3) {
            throw new InstanceFormatException(source, header.number(), "expected 'jobs machines [average]'");
        }
        int jobs = (int) header.values()[0];
        int machines = (int) header.values()[1];
        if (jobs <= 0 || machines <= 0) {
            throw new InstanceFormatException(source, header.number(), "jobs and machines must be positive");
        }
        if (lines.size() - 1 != jobs) {
            int number = lines.size() - 1 > jobs ? lines.get(jobs + 1).number() : lines.get(lines.size() - 1).number();
            throw new InstanceFormatException(source, number,
                    "header declares " + jobs + " jobs but the file has " + (lines.size() - 1) + " job lines");
        }
        ShopScheduleBuilder shop = new ShopScheduleBuilder();
        for (int m = 1; m <= machines; m++) {
            shop.station("M" + m);
        }
        for (int j = 1; j <= jobs; j++) {
            readJob(shop, lines.get(j), j, machines, source);
        }
        return shop.build();
    }

    private static void readJob(ShopScheduleBuilder shop, InstanceLines.Line line, int job, int machines, String source) {
        long[] values = line.values();
        String order = "J" + job;
        shop.order(order, 0, null, 1);
        int cursor = 0;
        long operations = values[cursor++];
        if (operations <= 0) {
            throw new InstanceFormatException(source, line.number(), "a job needs at least one operation");
        }
        for (int o = 1; o <= operations; o++) {
            if (cursor >= values.length) {
                throw new InstanceFormatException(source, line.number(),
                        "job " + job + " declares " + operations + " operations but ends after " + (o - 1));
            }
            long alternatives = values[cursor++];
            if (alternatives <= 0) {
                throw new InstanceFormatException(source, line.number(),
                        "operation " + o + " of job " + job + " has no eligible machine");
            }
            ShopScheduleBuilder.OperationSpec operation = shop.operation(order + "-" + o, order, null);
            for (int a = 0; a < alternatives; a++) {
                if (cursor + 1 >= values.length) {
                    throw new InstanceFormatException(source, line.number(),
                            "operation " + o + " of job " + job + " ends before its " + alternatives + " machine/duration pairs");
                }
                long machine = values[cursor++];
                long duration = values[cursor++];
                if (machine < 1 || machine > machines) {
                    throw new InstanceFormatException(source, line.number(),
                            "machine " + machine + " is outside 1.." + machines);
                }
                if (duration < 0) {
                    throw new InstanceFormatException(source, line.number(), "negative duration " + duration);
                }
                operation.on("M" + machine, duration);
            }
        }
        if (cursor != values.length) {
            throw new InstanceFormatException(source, line.number(),
                    (values.length - cursor) + " values left over after job " + job + "'s " + operations + " operations");
        }
    }
}
