package org.zhizao.mes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Pushes live changes to an open screen without flooding it: the live feed only marks the screen dirty
 * (thousands of changes a second), and at most once a period the screen reloads what it shows, inside
 * the UI's lock, pushed to the browser. Subscribed while the screen is attached, unsubscribed after.
 */
public final class LiveRefresh {

    private static final ScheduledExecutorService TICKS = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "ui-live-refresh");
        t.setDaemon(true);
        return t;
    });

    private LiveRefresh() {
    }

    /**
     * @param view      the screen
     * @param period    how often at most it reloads
     * @param reload    what it does to show the present state (runs in the UI's lock)
     * @param subscribe given the "something changed" signal, subscribes it to a feed and returns the
     *                  action that unsubscribes it
     */
    public static void bind(Component view, Duration period, Runnable reload,
            Function<Runnable, Runnable> subscribe) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            AtomicBoolean dirty = new AtomicBoolean();
            Runnable unsubscribe = subscribe.apply(() -> dirty.set(true));
            ScheduledFuture<?> tick = TICKS.scheduleWithFixedDelay(() -> {
                if (dirty.getAndSet(false)) {
                    ui.access(reload::run);
                }
            }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
            view.addDetachListener(detach -> {
                tick.cancel(false);
                unsubscribe.run();
                detach.unregisterListener();
            });
        });
    }
}
