package org.zhizao.mes.scheduling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhizao.mes.scheduling.SolveProgress;
import org.zhizao.mes.ui.Formats;

/**
 * Running the scheduler from the screen: the time limit, run and stop, and the progress of the solve
 * (elapsed of the limit, best score so far), polled while it runs and pushed to the browser.
 */
class SolveControls extends HorizontalLayout {

    /** Polls running solves for every open scheduling screen; daemon, so it never holds the JVM. */
    private static final ScheduledExecutorService POLL = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ui-scheduling-progress");
        t.setDaemon(true);
        return t;
    });
    static final int DEFAULT_SECONDS = 30;

    final IntegerField seconds = new IntegerField();
    final Button solve = new Button();
    final Button stop = new Button();
    final ProgressBar progressBar = new ProgressBar();
    final Span progressText = new Span();
    private final SchedulingDesk desk;
    private final Formats formats;
    private final Supplier<String> workshop;
    private final Consumer<Runnable> act;
    private final LongConsumer planStored;
    private ScheduledFuture<?> polling;
    private Long shownPlan;

    /**
     * @param act        runs a change and shows a refusal to the user
     * @param planStored told once of each plan a solve stored
     */
    SolveControls(SchedulingDesk desk, Formats formats, boolean canPlan, Supplier<String> workshop,
            Consumer<Runnable> act, LongConsumer planStored) {
        this.desk = desk;
        this.formats = formats;
        this.workshop = workshop;
        this.act = act;
        this.planStored = planStored;
        seconds.setId("time-limit");
        seconds.setLabel(getTranslation("scheduling.timeLimit"));
        seconds.setMin(1);
        seconds.setMax(600);
        seconds.setStepButtonsVisible(true);
        seconds.setValue(DEFAULT_SECONDS);
        seconds.setWidth("9em");
        solve.setText(getTranslation("scheduling.solve"));
        solve.setId("solve");
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        solve.addClickListener(e -> start());
        stop.setText(getTranslation("scheduling.stop"));
        stop.setId("stop");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.setEnabled(false);
        stop.addClickListener(e -> act.accept(() -> show(desk.stop(workshop.get()))));
        seconds.setVisible(canPlan);
        solve.setVisible(canPlan);
        stop.setVisible(canPlan);
        progressBar.setId("solve-progress");
        progressBar.setWidth("14em");
        progressText.setId("solve-status");
        VerticalLayout progress = new VerticalLayout(progressText, progressBar);
        progress.setPadding(false);
        progress.setSpacing(false);
        add(seconds, solve, stop, progress);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addDetachListener(e -> stopWatching());
    }

    private void start() {
        Integer limit = seconds.getValue();
        act.accept(() -> {
            show(desk.solve(workshop.get(), limit == null ? DEFAULT_SECONDS : limit));
            watch();
        });
    }

    /** Shows where the workshop's solve stands, and keeps watching it while it runs. */
    void refresh() {
        SolveProgress progress = desk.progress(workshop.get());
        show(progress);
        if ("RUNNING".equals(progress.state())) {
            watch();
        }
    }

    void show(SolveProgress p) {
        boolean running = "RUNNING".equals(p.state());
        stop.setEnabled(running);
        solve.setEnabled(!running);
        progressBar.setVisible(!"NONE".equals(p.state()));
        progressBar.setValue(p.secondsLimit() <= 0 ? 0 : Math.min(1, p.elapsedSeconds() / p.secondsLimit()));
        String score = p.bestScore() == null ? "–" : p.bestScore();
        progressText.getElement().setAttribute("data-state", p.state());
        progressText.setText(switch (p.state()) {
            case "NONE" -> getTranslation("scheduling.progress.none");
            case "RUNNING" -> getTranslation("scheduling.progress.running", formats.number(p.elapsedSeconds(), 1),
                    p.secondsLimit(), score);
            case "FAILED" -> getTranslation("scheduling.progress.failed", p.message());
            default -> getTranslation("scheduling.progress.ended", getTranslation("scheduling.state." + p.state()),
                    formats.number(p.elapsedSeconds(), 1), score);
        });
        if (!running) {
            stopWatching();
            // the plan a solve stored is announced once, however often its end is reported
            if (p.planId() != null && !p.planId().equals(shownPlan)) {
                shownPlan = p.planId();
                planStored.accept(p.planId());
            }
        }
    }

    /** Polls the running solve twice a second and pushes what it finds to the browser. */
    private synchronized void watch() {
        if (polling != null) {
            return;
        }
        UI ui = UI.getCurrent();
        String code = workshop.get();
        Runnable poll = new DelegatingSecurityContextRunnable(() -> {
            try {
                SolveProgress p = desk.progress(code);
                ui.access(() -> {
                    if (code.equals(workshop.get())) {
                        show(p);
                    }
                });
            } catch (RuntimeException e) { // the screen closed, or the session ended
                stopWatching();
            }
        }, SecurityContextHolder.getContext());
        polling = POLL.scheduleWithFixedDelay(poll, 500, 500, TimeUnit.MILLISECONDS);
    }

    synchronized void stopWatching() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
    }
}
