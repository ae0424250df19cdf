package org.zhizao.mes.security;

/**
 * The authorization rules every endpoint names in its {@code @PreAuthorize}. One place, so a reader
 * sees who may do what.
 */
public final class Access {

    /** Any signed-in user may read. */
    public static final String READ = "hasAnyRole('SUPERVISOR','OPERATOR','INSPECTOR','MANAGER','ADMIN')";
    /** Planning: products, orders, releasing, dispatching. */
    public static final String PLAN = "hasAnyRole('SUPERVISOR','ADMIN')";
    /** Work at a station: start, pause, complete, acknowledge steps, report quantities. */
    public static final String OPERATE = "hasAnyRole('OPERATOR','SUPERVISOR','ADMIN')";
    /** Quality records. */
    public static final String INSPECT = "hasAnyRole('INSPECTOR','SUPERVISOR','ADMIN')";
    /** Users, roles and the plant model. */
    public static final String ADMINISTER = "hasRole('ADMIN')";

    private Access() {
    }
}
