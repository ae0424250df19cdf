package org.zhizao.scheduler.model;

/** Routing precedence: {@code after} may start only once {@code before} has ended. */
public record PrecedenceLink(Operation before, Operation after) {
}
