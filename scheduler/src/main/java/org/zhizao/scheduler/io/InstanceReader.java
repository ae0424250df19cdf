package org.zhizao.scheduler.io;

import java.nio.file.Path;

import org.zhizao.scheduler.model.ShopSchedule;

/** Reads a benchmark instance, choosing the format by file name: {@code .fjs} or classic JSP text. */
public final class InstanceReader {

    private InstanceReader() {
    }

    public static ShopSchedule read(Path file) {
        return file.getFileName().toString().toLowerCase().endsWith(".fjs") ? FjsReader.read(file) : JspReader.read(file);
    }
}
