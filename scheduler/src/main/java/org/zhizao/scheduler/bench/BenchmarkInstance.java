package org.zhizao.scheduler.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An instance file with its name and best-known makespan (if known), read from a bounds CSV
 * ({@code set,instance,file,lower_bound,best_known_upper_bound,status}, {@code file} relative to the CSV).
 */
public record BenchmarkInstance(String name, Path file, Long bestKnown) {

    public static List<BenchmarkInstance> fromBoundsCsv(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + csv, e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(csv + " is empty");
        }
        List<String> header = List.of(lines.get(0).trim().split(","));
        int name = column(header, "instance", csv);
        int file = column(header, "file", csv);
        int best = column(header, "best_known_upper_bound", csv);
        List<BenchmarkInstance> instances = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",");
            if (cells.length <= Math.max(name, Math.max(file, best))) {
                throw new IllegalArgumentException(csv + ", line " + (i + 1) + ": expected " + header.size() + " columns");
            }
            Path base = csv.toAbsolutePath().getParent();
            instances.add(new BenchmarkInstance(cells[name], base.resolve(cells[file]), parse(cells[best], csv, i + 1)));
        }
        return instances;
    }

    /** An instance file given directly; its best-known value is looked up in a bounds.csv beside or above it. */
    public static BenchmarkInstance fromFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
            Path csv = dir.resolve("bounds.csv");
            if (Files.isRegularFile(csv)) {
                for (BenchmarkInstance known : fromBoundsCsv(csv)) {
                    if (known.file().normalize().equals(absolute)) {
                        return known;
                    }
                }
            }
        }
        String fileName = absolute.getFileName().toString();
        return new BenchmarkInstance(fileName.replaceFirst("\\.[^.]*$", "").toLowerCase(), absolute, null);
    }

    private static int column(List<String> header, String wanted, Path csv) {
        int index = header.indexOf(wanted);
        if (index < 0) {
            throw new IllegalArgumentException(csv + " has no '" + wanted + "' column");
        }
        return index;
    }

    private static Long parse(String cell, Path csv, int line) {
        if (cell.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(cell.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(csv + ", line " + line + ": '" + cell + "' is not a makespan");
        }
    }
}
