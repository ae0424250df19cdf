package org.zhizao.scheduler.model;

import java.util.List;

/** The problem given to the scheduler is not valid; the message names every problem found. */
public class InvalidScheduleException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidScheduleException(List<String> problems) {
        super("Invalid scheduling problem: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
