package org.zhizao.mes.scheduling.ui;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhizao.mes.scheduling.PlanView;

/** What moved between two plan versions: each operation planned on another station or at another start. */
public final class PlanChanges {

    /** An operation that moved; a side is null when the operation is missing from that plan. */
    public record Move(long operationId, String operationCode, String orderNumber, String fromStation,
                       Instant fromStart, String toStation, Instant toStart) {
    }

    private record Placed(String station, PlanView.PlannedOperation operation) {
    }

    private static final Pattern REPLAN_ORIGIN = Pattern.compile("re-plan: (\\S+) down from (\\S+) to (\\S+)");

    private PlanChanges() {
    }

    public static List<Move> between(PlanView before, PlanView after) {
        Map<Long, Placed> earlier = placements(before);
        Map<Long, Placed> later = placements(after);
        List<Move> moves = new ArrayList<>();
        later.forEach((id, now) -> {
            Placed was = earlier.get(id);
            if (was == null) {
                moves.add(new Move(id, now.operation().operationCode(), now.operation().orderNumber(), null, null,
                        now.station(), now.operation().start()));
            } else if (!was.station().equals(now.station()) || !was.operation().start().equals(now.operation().start())) {
                moves.add(new Move(id, now.operation().operationCode(), now.operation().orderNumber(), was.station(),
                        was.operation().start(), now.station(), now.operation().start()));
            }
        });
        earlier.forEach((id, was) -> {
            if (!later.containsKey(id)) {
                moves.add(new Move(id, was.operation().operationCode(), was.operation().orderNumber(), was.station(),
                        was.operation().start(), null, null));
            }
        });
        moves.sort(Comparator.comparing((Move m) -> m.toStart() == null ? Instant.MAX : m.toStart())
                .thenComparing(Move::operationCode));
        return moves;
    }

    /**
     * The breakdown a re-plan was made for, read from the plan's origin
     * ({@code re-plan: <station> down from <instant> to <instant>}, as re-planning writes it), so the
     * chart shades it whenever that plan is shown.
     */
    public static Optional<GanttChart.Shade> breakdownOf(PlanView plan) {
        Matcher m = plan == null || plan.origin() == null ? null : REPLAN_ORIGIN.matcher(plan.origin());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GanttChart.Shade(m.group(1), Instant.parse(m.group(2)), Instant.parse(m.group(3)),
                    true));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Map<Long, Placed> placements(PlanView plan) {
        Map<Long, Placed> placed = new HashMap<>();
        if (plan != null) {
            plan.stations().forEach(s -> s.operations().forEach(o -> placed.put(o.operationId(),
                    new Placed(s.stationCode(), o))));
        }
        return placed;
    }
}
