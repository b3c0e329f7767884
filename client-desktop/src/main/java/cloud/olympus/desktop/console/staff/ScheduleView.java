package cloud.olympus.desktop.console.staff;

import cloud.olympus.client.admin.WorkforceAdmin.Shift;
import cloud.olympus.client.admin.WorkforceAdmin.StaffMember;
import cloud.olympus.fx.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The week's schedule as a grid: people down, days across, each shift a tile. A tile is dragged to
 * another day or person; with the keyboard, a tile is selected (Tab, Enter or a click) and
 * Ctrl+arrows move it a day left or right, or to the person above or below.
 */
final class ScheduleView extends BorderPane {

    private static final PseudoClass DROP = PseudoClass.getPseudoClass("drop-target");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ScheduleViewModel model;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final List<Button> tiles = new ArrayList<>();
    private final boolean mayPlan;
    private Shift dragged;

    /** {@code mayPlan}: whether the person may move shifts; else the week is only shown. */
    ScheduleView(ScheduleViewModel model, Messages messages, boolean mayPlan) {
        this.model = model;
        this.mayPlan = mayPlan;
        this.messages = messages;
        setId("staff-schedule");
        getStyleClass().add("staff-schedule");

        WeekBar bar = new WeekBar(model.week(), messages, "schedule", model::previousWeek, model::nextWeek);
        Label hint = new Label(messages.get("console.staff.schedule.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);

        Label problem = new Label();
        problem.setId("schedule-problem");
        problem.getStyleClass().addAll("text-danger", "form-problem");
        problem.textProperty().bind(model.form().problemsProperty().map(p -> messages.text(p.first())));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label status = new Label();
        status.setId("schedule-status");
        status.getStyleClass().add("text-success");
        status.textProperty().bind(model.form().statusProperty().map(messages::text));
        VBox top = new VBox(6, bar, hint, problem, status);
        setTop(top);

        grid.getStyleClass().add("schedule-grid");
        grid.setHgap(4);
        grid.setVgap(4);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        InvalidationListener redraw = o -> draw();
        model.people().addListener(redraw);
        model.shifts().addListener(redraw);
        model.selectedProperty().addListener((o, was, now) -> {
            tiles.forEach(t -> t.pseudoClassStateChanged(SELECTED, now != null && now.id().equals(t.getUserData())));
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.form().busyProperty().addListener((o, was, now) -> grid.setDisable(now));
    }

    private void onKey(KeyEvent key) {
        if (!mayPlan || !key.isShortcutDown()) {
            return;
        }
        KeyCode code = key.getCode();
        switch (code) {
            case LEFT -> model.nudgeSelected(-1, 0);
            case RIGHT -> model.nudgeSelected(1, 0);
            case UP -> model.nudgeSelected(0, -1);
            case DOWN -> model.nudgeSelected(0, 1);
            default -> {
                return;
            }
        }
        key.consume();
    }

    private void draw() {
        UUID focused = tiles.stream().filter(Button::isFocused).map(t -> (UUID) t.getUserData()).findFirst().orElse(null);
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        tiles.clear();
        ColumnConstraints names = new ColumnConstraints(170);
        grid.getColumnConstraints().add(names);
        LocalDate start = model.week().monday();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", messages.locale());
        for (int d = 0; d < 7; d++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(Priority.ALWAYS);
            column.setMinWidth(120);
            column.setPercentWidth(-1);
            grid.getColumnConstraints().add(column);
            Label header = new Label(start.plusDays(d).format(day));
            header.getStyleClass().add("schedule-day");
            grid.add(header, d + 1, 0);
        }
        int row = 1;
        for (StaffMember person : model.people()) {
            addRow(row++, person.name(), model.roleName(person.staffRole()), person.id());
        }
        addRow(row, messages.get("console.staff.schedule.open"), "", null);
        if (focused != null) {
            tiles.stream().filter(t -> focused.equals(t.getUserData())).findFirst().ifPresent(Button::requestFocus);
        }
    }

    private void addRow(int row, String name, String role, UUID staffId) {
        Label who = new Label(name);
        who.getStyleClass().add("schedule-person");
        Label job = new Label(role);
        job.getStyleClass().add("text-muted");
        grid.add(new VBox(who, job), 0, row);
        for (int d = 0; d < 7; d++) {
            VBox cell = new VBox(4);
            cell.setId("schedule-cell-" + (staffId == null ? "open" : staffId) + "-" + d);
            cell.getStyleClass().add("schedule-cell");
            cell.setMinHeight(56);
            int day = d;
            cell.setOnMouseDragEntered(e -> cell.pseudoClassStateChanged(DROP, dragged != null));
            cell.setOnMouseDragExited(e -> cell.pseudoClassStateChanged(DROP, false));
            cell.setOnMouseDragReleased((MouseDragEvent e) -> {
                cell.pseudoClassStateChanged(DROP, false);
                if (dragged != null && staffId != null) {
                    model.move(dragged, staffId, day);
                }
                dragged = null;
            });
            for (Shift shift : model.shiftsOf(staffId, d)) {
                cell.getChildren().add(tile(shift));
            }
            grid.add(cell, d + 1, row);
        }
    }

    private Button tile(Shift shift) {
        String times = shift.startsAt().atZone(model.zone()).format(TIME) + "–" + shift.endsAt().atZone(model.zone()).format(TIME);
        String job = model.roleName(shift.staffRole());
        Button tile = new Button(times + "\n" + job);
        tile.setId("shift-" + shift.id());
        tile.setUserData(shift.id());
        tile.getStyleClass().add("shift-tile");
        tile.setMaxWidth(Double.MAX_VALUE);
        tile.setAccessibleText(messages.get("console.staff.schedule.tile", times, job));
        tile.pseudoClassStateChanged(SELECTED, model.selectedProperty().get() != null
                && model.selectedProperty().get().id().equals(shift.id()));
        tile.setOnAction(e -> model.select(shift));
        tile.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                model.select(shift);
            }
        });
        tile.setOnDragDetected(e -> {
            if (!mayPlan) {
                return;
            }
            dragged = shift;
            model.select(shift);
            tile.startFullDrag();
        });
        tiles.add(tile);
        return tile;
    }
}
