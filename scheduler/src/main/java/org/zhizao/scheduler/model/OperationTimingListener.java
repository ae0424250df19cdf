package org.zhizao.scheduler.model;

import org.optaplanner.core.api.domain.variable.ListVariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.score.director.easy.EasyScoreDirector;

/**
 * Keeps the start and end shadow variables in step with the station sequences during solving by
 * re-timing the plan once per changed move.
 */
public class OperationTimingListener implements ListVariableListener<ShopSchedule, Station, Operation> {

    private static final ScheduleTimeline.ChangeListener SILENT = new ScheduleTimeline.ChangeListener() {
        @Override
        public void beforeTimesChanged(Operation operation) {
        }

        @Override
        public void afterTimesChanged(Operation operation) {
        }
    };

    private final ScheduleTimeline timeline = new ScheduleTimeline();
    private boolean stale = true;

    @Override
    public void beforeListVariableChanged(ScoreDirector<ShopSchedule> scoreDirector, Station station, int from, int to) {
        stale = true;
    }

    @Override
    public void afterListVariableChanged(ScoreDirector<ShopSchedule> scoreDirector, Station station, int from, int to) {
        // a move touching two stations notifies twice; the first re-timing already sees both changes
        if (stale) {
            retime(scoreDirector);
        }
    }

    @Override
    public void afterListVariableElementUnassigned(ScoreDirector<ShopSchedule> scoreDirector, Operation operation) {
        stale = true;
        retime(scoreDirector);
    }

    @Override
    public void resetWorkingSolution(ScoreDirector<ShopSchedule> scoreDirector) {
        stale = true;
        retime(scoreDirector);
    }

    private void retime(ScoreDirector<ShopSchedule> scoreDirector) {
        stale = false;
        if (scoreDirector instanceof EasyScoreDirector) {
            // a from-scratch score calculator needs no change events, and they cost more than the re-timing
            timeline.recompute(scoreDirector.getWorkingSolution(), SILENT);
            return;
        }
        timeline.recompute(scoreDirector.getWorkingSolution(), new ScheduleTimeline.ChangeListener() {
            @Override
            public void beforeTimesChanged(Operation operation) {
                scoreDirector.beforeVariableChanged(operation, "start");
                scoreDirector.beforeVariableChanged(operation, "end");
            }

            @Override
            public void afterTimesChanged(Operation operation) {
                scoreDirector.afterVariableChanged(operation, "start");
                scoreDirector.afterVariableChanged(operation, "end");
            }
        });
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<ShopSchedule> scoreDirector, Station station) {
    }

    @Override
    public void afterEntityAdded(ScoreDirector<ShopSchedule> scoreDirector, Station station) {
        stale = true;
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<ShopSchedule> scoreDirector, Station station) {
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<ShopSchedule> scoreDirector, Station station) {
        stale = true;
    }
}
