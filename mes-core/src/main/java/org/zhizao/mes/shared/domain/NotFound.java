package org.zhizao.mes.shared.domain;

/** A referenced thing that does not exist; reported as HTTP 404. */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " '" + id + "' does not exist");
    }
}
