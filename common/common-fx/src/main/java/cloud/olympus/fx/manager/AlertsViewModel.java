package cloud.olympus.fx.manager;

import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.model.alerts.Alert;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What needs a manager: stock alerts (with how much to reorder), staffing alerts, and till sales
 * whose amounts need a review. Each is acknowledged or marked reviewed here, and goes; alert events
 * keep the lists current.
 */
public final class AlertsViewModel {

    /** The calls behind the screen; {@link #of(ManagerApi)} makes them over HTTP. */
    public interface Source {
        List<Alert> stockAlerts();

        List<Alert> staffingAlerts();

        List<OrderSummary> salesToReview();

        Alert acknowledge(Alert alert);

        OrderSummary markReviewed(UUID orderId, String note);

        static Source of(ManagerApi api) {
            return new Source() {
                @Override
                public List<Alert> stockAlerts() {
                    return api.api().openStockAlerts();
                }

                @Override
                public List<Alert> staffingAlerts() {
                    return api.api().openStaffingAlerts();
                }

                @Override
                public List<OrderSummary> salesToReview() {
                    return api.salesToReview();
                }

                @Override
                public Alert acknowledge(Alert alert) {
                    return api.api().acknowledgeAlert(alert);
                }

                @Override
                public OrderSummary markReviewed(UUID orderId, String note) {
                    return api.markReviewed(orderId, note);
                }
            };
        }
    }

    /** The three lists as the screen keeps them. */
    public record Attention(List<Alert> stock, List<Alert> staffing, List<OrderSummary> review) {
        public Attention {
            stock = stock == null ? List.of() : List.copyOf(stock);
            staffing = staffing == null ? List.of() : List.copyOf(staffing);
            review = review == null ? List.of() : List.copyOf(review);
        }
    }

    private final Source source;
    private final ScreenFigures<Attention> figures;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<Alert> stock = FXCollections.observableArrayList();
    private final ObservableList<Alert> stockView = FXCollections.unmodifiableObservableList(stock);
    private final ObservableList<Alert> staffing = FXCollections.observableArrayList();
    private final ObservableList<Alert> staffingView = FXCollections.unmodifiableObservableList(staffing);
    private final ObservableList<OrderSummary> review = FXCollections.observableArrayList();
    private final ObservableList<OrderSummary> reviewView = FXCollections.unmodifiableObservableList(review);
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);

    public AlertsViewModel(Source source, ScreenFigures<Attention> figures, Executor background, Executor ui) {
        this.source = source;
        this.figures = figures;
        this.background = background;
        this.ui = ui;
        figures.valueProperty().addListener((obs, old, now) -> {
            stock.setAll(now == null ? List.of() : now.stock());
            staffing.setAll(now == null ? List.of() : now.staffing());
            review.setAll(now == null ? List.of() : now.review());
        });
    }

    public ScreenFigures<Attention> figures() {
        return figures;
    }

    public ObservableList<Alert> stockAlerts() {
        return stockView;
    }

    public ObservableList<Alert> staffingAlerts() {
        return staffingView;
    }

    public ObservableList<OrderSummary> salesToReview() {
        return reviewView;
    }

    /** Why the last acknowledgement or review did not go through; {@link Phrase#NONE} when it did. */
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void refresh() {
        figures.load(() -> new Attention(source.stockAlerts(), source.staffingAlerts(), source.salesToReview()));
    }

    /** How many to order to bring the item back to its maximum, when the alert says. */
    public static Optional<Integer> suggestedReorder(Alert alert) {
        return alert.arguments().get("suggested_reorder") instanceof Number n && n.intValue() > 0
                ? Optional.of(n.intValue()) : Optional.empty();
    }

    public void acknowledge(Alert alert) {
        act(() -> {
            source.acknowledge(alert);
            return without(figures.value(), alert.id());
        });
    }

    /** Clears a sale's review with what was checked. */
    public void markReviewed(OrderSummary order, String note) {
        if (note == null || note.isBlank()) {
            problem.set(Phrase.of("mobile.alerts.note_needed"));
            return;
        }
        act(() -> {
            source.markReviewed(order.id(), note.trim());
            return without(figures.value(), order.id());
        });
    }

    /**
     * An alert event: an open alert is shown (or updated), one acknowledged or over goes. Before the lists
     * are first had, the reading under way is asked for again: it may be older than the event.
     */
    public void changed(Alert alert) {
        Attention now = figures.value();
        if (now == null) {
            figures.heard();
            return;
        }
        boolean staff = alert.kind() != null && alert.kind().startsWith("understaffed");
        List<Alert> list = new ArrayList<>(staff ? now.staffing() : now.stock());
        list.removeIf(a -> a.id().equals(alert.id()));
        if (alert.open()) {
            list.add(0, alert);
        }
        figures.set(staff ? new Attention(now.stock(), list, now.review()) : new Attention(list, now.staffing(), now.review()));
    }

    private void act(java.util.function.Supplier<Attention> call) {
        problem.set(Phrase.NONE);
        background.execute(() -> {
            try {
                Attention next = call.get();
                figures.set(next);
            } catch (RuntimeException e) {
                ui.execute(() -> problem.set(Problems.phrase(e)));
            }
        });
    }

    private static Attention without(Attention now, UUID id) {
        if (now == null) {
            return new Attention(List.of(), List.of(), List.of());
        }
        return new Attention(now.stock().stream().filter(a -> !a.id().equals(id)).toList(),
                now.staffing().stream().filter(a -> !a.id().equals(id)).toList(),
                now.review().stream().filter(o -> !o.id().equals(id)).toList());
    }
}
