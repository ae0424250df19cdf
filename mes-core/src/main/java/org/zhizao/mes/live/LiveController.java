package org.zhizao.mes.live;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.zhizao.mes.security.Access;
import org.zhizao.mes.shared.domain.InvalidInput;

/**
 * {@code GET /api/live/stream}: Server-Sent Events, first a {@code snapshot} of the latest value per key,
 * then {@code changes} events, each a batch of the newest value per key since the previous one.
 */
@RestController
class LiveController {

    private static final Set<String> TYPES = Set.of("state", "count", "alarm", "agv", "kpi", "signal");

    private final LiveHub hub;

    LiveController(LiveHub hub) {
        this.hub = hub;
    }

    @GetMapping(path = "/api/live/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize(Access.READ)
    SseEmitter stream(@RequestParam(defaultValue = "state,count,alarm,agv,kpi") String types) throws IOException {
        Set<String> wanted = Arrays.stream(types.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        if (!TYPES.containsAll(wanted) || wanted.isEmpty()) {
            throw new InvalidInput("types: any of " + String.join(", ", TYPES.stream().sorted().toList()));
        }
        return hub.connect(wanted);
    }
}
