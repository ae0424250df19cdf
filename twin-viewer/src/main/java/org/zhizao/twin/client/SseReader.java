package org.zhizao.twin.client;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Reads Server-Sent Events (WHATWG HTML §9.2): {@code event:} and {@code data:} fields, data lines joined
 * with a newline, an empty line dispatching the event; comments ({@code :}) and other fields ignored.
 */
final class SseReader {

    /** One dispatched event; the name is {@code message} when the server gave none. */
    record Event(String name, String data) {
    }

    private final BufferedReader in;

    SseReader(BufferedReader in) {
        this.in = in;
    }

    /** The next event, or null at the end of the stream. */
    Event next() throws IOException {
        String name = null;
        StringBuilder data = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isEmpty()) {
                if (data != null) {
                    return new Event(name == null ? "message" : name, data.toString());
                }
                name = null;
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            if (field.equals("event")) {
                name = value;
            } else if (field.equals("data")) {
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            }
        }
        return null;
    }
}
