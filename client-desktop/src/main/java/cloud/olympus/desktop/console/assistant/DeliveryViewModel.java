package cloud.olympus.desktop.console.assistant;

import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.client.manager.Recommendation;
import cloud.olympus.client.manager.StockItem;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Booking the delivery a reorder recommendation asks for: the quantity suggested (to change if the
 * supplier sent another), a note, and the stock received into the books once it is there. Booked
 * once whatever the retries (one idempotency key per delivery).
 */
public final class DeliveryViewModel {

    /** The most one delivery books. */
    public static final int MOST = 100_000;

    /** The call behind it; {@link #of(ManagerApi)} makes it over HTTP. */
    public interface Source {
        StockItem receive(UUID itemId, int quantity, String note, String key);

        static Source of(ManagerApi api) {
            return api::receive;
        }
    }

    private final Source source;
    private final Recommendation recommendation;
    private final Executor background;
    private final Executor ui;
    private final String key = UUID.randomUUID().toString();
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyObjectWrapper<Phrase> quantityProblem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<StockItem> booked = new ReadOnlyObjectWrapper<>();

    /** For a recommendation {@link #offeredFor} says yes to. */
    public DeliveryViewModel(Source source, Recommendation recommendation, Executor background, Executor ui) {
        if (!offeredFor(recommendation)) {
            throw new IllegalArgumentException("not a reorder with an item and a quantity");
        }
        this.source = source;
        this.recommendation = recommendation;
        this.background = background;
        this.ui = ui;
        quantity.set(String.valueOf(recommendation.action().quantity()));
        note.set(recommendation.title() == null ? "" : recommendation.title());
    }

    /** Whether a delivery can be booked for {@code r}: a reorder naming its item and a quantity. */
    public static boolean offeredFor(Recommendation r) {
        Recommendation.Action a = r == null ? null : r.action();
        return a != null && "reorder".equals(a.type()) && a.itemId() != null && a.quantity() != null && a.quantity() > 0;
    }

    public Recommendation recommendation() {
        return recommendation;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** What is wrong with the quantity typed, or what the server said of it. */
    public ReadOnlyObjectProperty<Phrase> quantityProblemProperty() {
        return quantityProblem.getReadOnlyProperty();
    }

    /** What went wrong otherwise. */
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The item as it stands after the delivery was booked; null until then. */
    public ReadOnlyObjectProperty<StockItem> bookedProperty() {
        return booked.getReadOnlyProperty();
    }

    /** Books the delivery, unless the quantity is not a whole number from 1 to {@link #MOST} or it is already booked. */
    public void receive() {
        if (busy.get() || booked.get() != null) {
            return;
        }
        int units;
        try {
            units = Integer.parseInt(quantity.get() == null ? "" : quantity.get().trim());
        } catch (NumberFormatException e) {
            units = 0;
        }
        if (units < 1 || units > MOST) {
            quantityProblem.set(Phrase.of("console.assistant.delivery.quantity_invalid", MOST));
            return;
        }
        quantityProblem.set(Phrase.NONE);
        problem.set(Phrase.NONE);
        busy.set(true);
        int received = units;
        String said = note.get();
        background.execute(() -> {
            try {
                StockItem now = source.receive(recommendation.action().itemId(), received, said, key);
                ui.execute(() -> {
                    booked.set(now);
                    busy.set(false);
                });
            } catch (cloud.olympus.client.OlympusApiException e) {
                Phrase phrase = Problems.phrase(e);
                boolean aboutQuantity = e.problem() != null && e.problem().errors() != null
                        && e.problem().errors().stream().anyMatch(f -> f.field() != null && f.field().startsWith("quantity"));
                ui.execute(() -> {
                    (aboutQuantity ? quantityProblem : problem).set(phrase);
                    busy.set(false);
                });
            } catch (RuntimeException e) {
                Phrase phrase = Problems.phrase(e);
                ui.execute(() -> {
                    problem.set(phrase);
                    busy.set(false);
                });
            }
        });
    }
}
