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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The week's schedule as a grid: people down, days across, each shift a tile. A tile is dragged to
 * another day or person, or to the open shifts to take its person off it; with the keyboard, a tile
 * is selected (Tab, Enter or a click) and Ctrl+arrows move it a day left or right, or to the person
 * above or below, and Delete removes it once confirmed. A click (or Enter) on a cell, or "New shift",
 * opens the form for a new shift beside the grid.
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
    private final VBox confirm = new VBox(8);
    private Shift dragged;

    /** {@code mayPlan}: whether the person may move shifts; else the week is only shown. */
    ScheduleView(ScheduleViewModel model, Messages messages, boolean mayPlan) {
        this.model = model;
        this.mayPlan = mayPlan;
        this.messages = messages;
        setId("staff-schedule");
        getStyleClass().add("staff-schedule");

        WeekBar bar = new WeekBar(model.week(), messages, "schedule", model::previousWeek, model::nextWeek);
        if (mayPlan) {
            Button add = new Button(messages.get("console.staff.schedule.new"));
            add.setId("schedule-new");
            add.setMnemonicParsing(true);
            add.getStyleClass().add("accent");
            add.setMinWidth(Region.USE_PREF_SIZE);
            add.setOnAction(e -> model.newShift());
            Button remove = new Button(messages.get("console.staff.schedule.remove"));
            remove.setId("schedule-remove");
            remove.setMnemonicParsing(true);
            remove.getStyleClass().add("danger");
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.disableProperty().bind(model.selectedProperty().isNull().or(model.form().busyProperty()));
            remove.setOnAction(e -> confirmRemove(model.selectedProperty().get()));
            bar.getChildren().addAll(add, remove);
        }
        Label hint = new Label(messages.get(mayPlan ? "console.staff.schedule.hint_plan" : "console.staff.schedule.hint"));
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
        confirm.setId("schedule-remove-confirm");
        confirm.getStyleClass().addAll("card", "schedule-confirm");
        confirm.setVisible(false);
        confirm.managedProperty().bind(confirm.visibleProperty());
        VBox top = new VBox(6, bar, hint, problem, status, confirm);
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
        if (mayPlan) {
            ScheduleFormView form = new ScheduleFormView(model.newShiftForm(), messages);
            model.newShiftForm().showingProperty().addListener((o, was, now) -> {
                setRight(now ? form : null);
                if (now) {
                    form.focusFirst();
                } else {
                    grid.requestFocus();
                }
            });
        }
    }

    /** Asks before a shift is removed: the shift said in words, Remove or Keep (Escape). */
    private void confirmRemove(Shift shift) {
        if (shift == null) {
            return;
        }
        String who = shift.staffId() == null ? messages.get("console.staff.schedule.open_one") : model.nameOf(shift.staffId());
        Label question = new Label(messages.get("console.staff.schedule.remove_question", who,
                shift.startsAt().atZone(model.zone()).format(DateTimeFormatter.ofPattern("EEEE d MMMM", messages.locale())),
                times(shift)));
        question.setWrapText(true);
        Button yes = new Button(messages.get("console.staff.schedule.remove_confirm"));
        yes.setId("schedule-remove-yes");
        yes.getStyleClass().add("danger");
        yes.setOnAction(e -> {
            confirm.setVisible(false);
            model.remove(shift);
        });
        Button no = new Button(messages.get("console.staff.schedule.remove_keep"));
        no.setId("schedule-remove-no");
        no.setCancelButton(true);
        no.setOnAction(e -> {
            confirm.setVisible(false);
            tiles.stream().filter(t -> shift.id().equals(t.getUserData())).findFirst().ifPresent(Button::requestFocus);
        });
        confirm.getChildren().setAll(question, new HBox(8, yes, no));
        confirm.setVisible(true);
        no.requestFocus();
    }

    private void onKey(KeyEvent key) {
        if (!mayPlan) {
            return;
        }
        if (key.getCode() == KeyCode.DELETE && !key.isShortcutDown() && key.getTarget() instanceof Button tile
                && tile.getStyleClass().contains("shift-tile")) {
            key.consume();
            confirmRemove(model.selectedProperty().get());
            return;
        }
        if (!key.isShortcutDown()) {
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
            if (mayPlan) {
                // A click on the cell itself (not on a shift in it), or Enter while it has the keyboard, plans a shift there.
                cell.setFocusTraversable(true);
                cell.setAccessibleText(messages.get("console.staff.schedule.cell", name, header(day)));
                cell.setOnMouseClicked(e -> {
                    if (e.getTarget() == cell && e.isStillSincePress()) {
                        cell.requestFocus();
                        model.newShift(staffId, day);
                    }
                });
                cell.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ENTER && e.getTarget() == cell) {
                        e.consume();
                        model.newShift(staffId, day);
                    }
                });
            }
            cell.setOnMouseDragEntered(e -> cell.pseudoClassStateChanged(DROP, dragged != null));
            cell.setOnMouseDragExited(e -> cell.pseudoClassStateChanged(DROP, false));
            cell.setOnMouseDragReleased((MouseDragEvent e) -> {
                cell.pseudoClassStateChanged(DROP, false);
                if (dragged != null && staffId != null) {
                    model.move(dragged, staffId, day);
                } else if (dragged != null) {
                    model.moveToOpen(dragged, day);
                }
                dragged = null;
            });
            for (Shift shift : model.shiftsOf(staffId, d)) {
                cell.getChildren().add(tile(shift));
            }
            grid.add(cell, d + 1, row);
        }
    }

    private String header(int day) {
        return model.week().monday().plusDays(day).format(DateTimeFormatter.ofPattern("EEEE d MMMM", messages.locale()));
    }

    private String times(Shift shift) {
        return shift.startsAt().atZone(model.zone()).format(TIME) + "–" + shift.endsAt().atZone(model.zone()).format(TIME);
    }

    private Button tile(Shift shift) {
        String times = times(shift);
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
