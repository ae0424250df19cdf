package org.zhizao.mes.station;

/** How the terminal's panels ask the screen to do something: run it, show a refused rule's reason, reload. */
interface StationActions {

    void run(Runnable action);

    /** Makes another operation of the station the current one. */
    void choose(long operationId);
}
