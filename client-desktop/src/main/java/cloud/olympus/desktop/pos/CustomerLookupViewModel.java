package cloud.olympus.desktop.pos;

import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.api.CustomerSummary;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Finding a customer by name, email or phone to attach to the sale. Searches run off the UI thread;
 * an answer that comes back after a newer search was started is dropped, so the list always shows
 * what the query now says.
 */
public final class CustomerLookupViewModel {

    private final OlympusApi api;
    private final Executor background;
    private final Executor ui;
    private final Consumer<CustomerSummary> attach;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<CustomerSummary> results = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private long searches;

    /** @param attach puts the chosen customer on the sale */
    public CustomerLookupViewModel(OlympusApi api, Executor background, Executor ui, Consumer<CustomerSummary> attach) {
        this.api = api;
        this.background = background;
        this.ui = ui;
        this.attach = attach;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<CustomerSummary> results() {
        return results;
    }

    /** Why there is nothing to show: none found, the server away, or what it said; {@link Phrase#NONE} otherwise. */
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Looks up the customers matching the query; a blank query clears the list. */
    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        long search = ++searches;
        if (text.isEmpty()) {
            results.clear();
            problem.set(Phrase.NONE);
            return;
        }
        busy.set(true);
        background.execute(() -> {
            List<CustomerSummary> found = null;
            Phrase failed = Phrase.NONE;
            try {
                found = api.findCustomers(text);
            } catch (ServerUnreachableException e) {
                failed = Phrase.of("customer.offline");
            } catch (RuntimeException e) {
                failed = Problems.phrase(e);
            }
            List<CustomerSummary> answer = found;
            Phrase said = failed;
            ui.execute(() -> {
                if (search != searches) {
                    return;
                }
                busy.set(false);
                if (answer == null) {
                    results.clear();
                    problem.set(said);
                } else {
                    results.setAll(answer);
                    problem.set(answer.isEmpty() ? Phrase.of("customer.none") : Phrase.NONE);
                }
            });
        });
    }

    /** Attaches {@code customer} to the sale. */
    public void choose(CustomerSummary customer) {
        if (customer != null) {
            attach.accept(customer);
        }
    }
}
