package org.zhizao.mes.shared.domain;

import java.util.List;

/** Input that is well-formed but wrong (a broken file, an inconsistent value); reported as HTTP 400. */
public class InvalidInput extends RuntimeException {

    private final List<String> errors;

    public InvalidInput(String message, List<String> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String message) {
        this(message, List.of(message));
    }

    public List<String> errors() {
        return errors;
    }
}
