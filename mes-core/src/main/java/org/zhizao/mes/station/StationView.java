package org.zhizao.mes.station;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.WildcardParameter;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.zhizao.mes.equipment.EquipmentFeed;
import org.zhizao.mes.equipment.ShopFloorChange;
import org.zhizao.mes.plant.PlantDirectory;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.NotFound;
import org.zhizao.mes.shared.domain.RuleViolation;
import org.zhizao.mes.ui.Formats;
import org.zhizao.mes.ui.LiveRefresh;
import org.zhizao.mes.ui.Messages;

/**
 * The line operator's terminal at one station ({@code station}, or bound to a station by
 * {@code station/<station code>}, e.g. {@code station/P1/F1/W1/L1/S01}). The last station chosen is kept for
 * the session. Counts, state and alarms follow the machine live.
 */
@Route("station")
@Menu(title = "nav.station", order = 30)
@RolesAllowed({"OPERATOR", "SUPERVISOR", "ADMIN"})
@StyleSheet("context://styles/station.css")
public class StationView extends Composite<VerticalLayout> implements HasUrlParameter<String>, HasDynamicTitle,
        StationActions {

    static final String LAST_STATION = "station.last";

    private final StationDesk desk;
    private final Clock clock;
    private final ComboBox<PlantDirectory.StationInfo> picker = new ComboBox<>();
    private final Span state = new Span();
    private final Span today = new Span();
    private final Span message = new Span();
    private final Span noStation = new Span();
    private final OperationPanel operation;
    private final QueuePanel queue;
    private final AlarmPanel alarms;
    private final DowntimePanel downtimes;
    private final Div body = new Div();
    private volatile String stationCode;
    private Long chosenOperation;

    public StationView(StationDesk desk, EquipmentFeed feed, Clock clock) {
        this.desk = desk;
        this.clock = clock;
        this.operation = new OperationPanel(desk, this);
        this.queue = new QueuePanel(this);
        this.alarms = new AlarmPanel(desk, this);
        this.downtimes = new DowntimePanel(desk, this);
        VerticalLayout root = getContent();
        root.addClassNames("terminal", "station-terminal");
        root.setId("station-terminal");
        root.add(header(), message, noStation, body());
        message.setId("station-message");
        message.addClassName("station-message");
        message.setVisible(false);
        noStation.setId("station-none");
        noStation.setText(getTranslation("station.none"));
        LiveRefresh.bind(this, Duration.ofSeconds(1), this::reload, changed -> {
            Consumer<ShopFloorChange> listener = c -> {
                if (concernsStation(c)) {
                    changed.run();
                }
            };
            feed.subscribe(listener);
            return () -> feed.unsubscribe(listener);
        });
    }

    private HorizontalLayout header() {
        picker.setId("station-picker");
        picker.addClassName("station-picker");
        picker.setPlaceholder(getTranslation("station.pick.placeholder"));
        picker.setAriaLabel(getTranslation("station.pick"));
        picker.setItems(desk.stations());
        picker.setItemLabelGenerator(this::label);
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().code().equals(stationCode)) {
                bind(e.getValue().code());
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "station/" + stationCode));
            }
        });
        state.setId("station-state");
        today.setId("station-today");
        today.addClassName("station-muted");
        HorizontalLayout header = new HorizontalLayout(picker, state, today);
        header.addClassName("station-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        return header;
    }

    private Div body() {
        VerticalLayout side = new VerticalLayout(queue, alarms, downtimes);
        side.addClassName("station-side");
        side.setPadding(false);
        body.add(operation, side);
        body.addClassName("station-body");
        return body;
    }

    @Override
    public void setParameter(BeforeEvent event, @WildcardParameter String parameter) {
        String code = parameter == null || parameter.isBlank() ? remembered() : parameter;
        if (code != null && desk.station(code).isEmpty()) {
            show(new NotFound("station", code).getMessage());
            code = null;
        }
        bind(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("station.title");
    }

    private void bind(String code) {
        stationCode = code;
        chosenOperation = null;
        if (code != null) {
            VaadinSession.getCurrent().setAttribute(LAST_STATION, code);
            desk.station(code).ifPresent(picker::setValue);
        }
        clearMessage();
        reload();
    }

    private static String remembered() {
        Object last = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getAttribute(LAST_STATION);
        return last == null ? null : last.toString();
    }

    /** Shows the station as it is now. */
    void reload() {
        boolean bound = stationCode != null;
        noStation.setVisible(!bound);
        body.setVisible(bound);
        state.setVisible(bound);
        today.setVisible(bound);
        if (!bound) {
            return;
        }
        StationBoard board = desk.board(stationCode, chosenOperation);
        // the operation stays on the screen once finished, so the operator sees the outcome, until another is chosen
        chosenOperation = board.current() == null ? null : board.current().id();
        Formats formats = Formats.of(getLocale());
        state.setText(getTranslation("station.state." + board.state()) + (board.stateSince() == null ? ""
                : " " + getTranslation("station.since", formats.time(board.stateSince()))));
        state.setClassName("state-badge state-" + board.state());
        today.setText(getTranslation("station.today", formats.integer(board.countsToday().good()),
                formats.integer(board.countsToday().scrap())));
        operation.show(board);
        queue.show(board);
        alarms.show(board);
        downtimes.show(board, clock.instant());
    }

    @Override
    public void run(Runnable action) {
        try {
            action.run();
            clearMessage();
            Notification.show(getTranslation("common.done"), 1200, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuleViolation | NotFound | InvalidInput e) {
            show(e.getMessage());
        } catch (AccessDeniedException e) {
            show(getTranslation("station.denied"));
        } catch (OptimisticLockingFailureException e) {
            show(getTranslation("station.changed"));
        }
        reload();
    }

    @Override
    public void choose(long operationId) {
        chosenOperation = operationId;
        clearMessage();
        reload();
    }

    private void show(String reason) {
        message.setText(getTranslation("common.error", reason));
        message.setVisible(true);
        Notification.show(getTranslation("common.error", reason), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void clearMessage() {
        message.setText("");
        message.setVisible(false);
    }

    private boolean concernsStation(ShopFloorChange change) {
        String code = stationCode;
        return code != null && !change.type().equals("signal") && code.equals(change.data().get("station"));
    }

    private String label(PlantDirectory.StationInfo s) {
        String name = Messages.supported(getLocale()).equals(Messages.CHINESE) ? s.nameZh() : s.nameEn();
        return s.lineCode() + " · " + name + " (" + s.code().substring(s.code().lastIndexOf('/') + 1) + ")";
    }
}
