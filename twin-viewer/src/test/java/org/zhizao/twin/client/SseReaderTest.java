package org.zhizao.twin.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SseReaderTest {

    private static SseReader reader(String text) {
        return new SseReader(new BufferedReader(new StringReader(text)));
    }

    @Test
    void namedEventsAreDispatchedAtTheEmptyLine() throws Exception {
        SseReader r = reader("event:snapshot\ndata:{\"a\":1}\n\nevent: changes\ndata: {\"b\":2}\n\n");
        assertThat(r.next()).isEqualTo(new SseReader.Event("snapshot", "{\"a\":1}"));
        assertThat(r.next()).isEqualTo(new SseReader.Event("changes", "{\"b\":2}"));
        assertThat(r.next()).isNull();
    }

    @Test
    void dataLinesAreJoinedAndCommentsAndUnknownFieldsIgnored() throws Exception {
        // WHATWG HTML §9.2.6: several data lines make one value joined by newlines
        SseReader r = reader(": keep-alive\nid: 7\ndata: one\ndata: two\n\n");
        assertThat(r.next()).isEqualTo(new SseReader.Event("message", "one\ntwo"));
    }

    @Test
    void anEventCutOffBeforeItsEmptyLineIsNotDispatched() throws Exception {
        assertThat(reader("event: changes\ndata: {\"half\"").next()).isNull();
    }
}
