package cloud.olympus.desktop.console.customers;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.backoffice.CustomerAdmin;
import cloud.olympus.client.backoffice.CustomerProfile;
import cloud.olympus.client.backoffice.Listing;
import cloud.olympus.client.backoffice.LoyaltyEntry;
import cloud.olympus.client.files.DurableFiles;
import cloud.olympus.desktop.console.FieldErrors;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Customers as the back office looks after them: found on the server by name, email or phone, a
 * page at a time; the chosen one's details to change, tags to add and remove, orders and points
 * history; and, for those allowed, a copy of everything held about them saved to a file, or their
 * personal data erased once their name has been typed to confirm.
 */
public final class CustomersViewModel {

    /** What a tag may be, as the server has it: lower-case letters, digits, - and _. */
    static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");

    private final CustomerAdmin admin;
    private final Executor background;
    private final Executor ui;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<CustomerProfile> customers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CustomerProfile> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<OrderSummary> orders = FXCollections.observableArrayList();
    private final ObservableList<LoyaltyEntry> loyalty = FXCollections.observableArrayList();
    private final ObservableMap<String, Phrase> errors = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyObjectWrapper<Phrase> notice = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private String nextCursor;
    private final ReadOnlyBooleanWrapper moreOrders = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper moreLoyalty = new ReadOnlyBooleanWrapper(false);
    private String ordersCursor;
    private String loyaltyCursor;
    private int generation;

    public CustomersViewModel(CustomerAdmin admin, Executor background, Executor ui) {
        this.admin = admin;
        this.background = background;
        this.ui = ui;
    }

    /** Finds the customers matching the query as it is now (everyone, by last name, when blank). */
    public void search() {
        int mine = ++generation;
        String wanted = query.get();
        run(() -> admin.find(wanted, null), page -> {
            if (mine == generation) {
                customers.setAll(page.rows());
                keep(page);
            }
        });
    }

    /**
     * Shows just the customers with {@code ids} (those the assistant suggests getting in touch with),
     * in that order; one no longer there is left out. The next search shows everyone again.
     */
    public void showOnly(List<UUID> ids) {
        int mine = ++generation;
        query.set("");
        run(() -> {
            List<CustomerProfile> found = new ArrayList<>();
            for (UUID id : ids) {
                try {
                    found.add(admin.customer(id));
                } catch (OlympusApiException e) {
                    if (e.status() != 404) {
                        throw e;
                    }
                }
            }
            return found;
        }, found -> {
            if (mine == generation) {
                customers.setAll(found);
                nextCursor = null;
                hasMore.set(false);
                select(null);
                notice.set(Phrase.of("console.customers.suggested", found.size()));
            }
        });
    }

    /** Adds the next page of the same search. */
    public void loadMore() {
        if (nextCursor == null) {
            return;
        }
        int mine = generation;
        String cursor = nextCursor;
        String wanted = query.get();
        run(() -> admin.find(wanted, cursor), page -> {
            if (mine == generation) {
                customers.addAll(page.rows());
                keep(page);
            }
        });
    }

    private void keep(Listing<CustomerProfile> page) {
        nextCursor = page.nextCursor();
        hasMore.set(page.hasMore());
    }

    /** Chooses a customer (null: none) and reads their orders and points history. */
    public void select(CustomerProfile customer) {
        selected.set(customer);
        errors.clear();
        notice.set(Phrase.NONE);
        orders.clear();
        loyalty.clear();
        ordersCursor = null;
        loyaltyCursor = null;
        moreOrders.set(false);
        moreLoyalty.set(false);
        show(customer);
        if (customer == null) {
            return;
        }
        UUID id = customer.id();
        run(() -> admin.orders(id, null), found -> {
            if (isSelected(id)) {
                orders.setAll(found.rows());
                ordersCursor = found.nextCursor();
                moreOrders.set(found.hasMore());
            }
        });
        run(() -> admin.loyalty(id, null), found -> {
            if (isSelected(id)) {
                loyalty.setAll(found.rows());
                loyaltyCursor = found.nextCursor();
                moreLoyalty.set(found.hasMore());
            }
        });
    }

    /** Adds the next page of the chosen customer's orders. */
    public void loadMoreOrders() {
        CustomerProfile customer = selected.get();
        String cursor = ordersCursor;
        if (customer == null || cursor == null) {
            return;
        }
        ordersCursor = null;
        UUID id = customer.id();
        run(() -> admin.orders(id, cursor), found -> {
            if (isSelected(id)) {
                orders.addAll(found.rows());
                ordersCursor = found.nextCursor();
                moreOrders.set(found.hasMore());
            }
        });
    }

    /** Adds the next page of the chosen customer's points history. */
    public void loadMoreLoyalty() {
        CustomerProfile customer = selected.get();
        String cursor = loyaltyCursor;
        if (customer == null || cursor == null) {
            return;
        }
        loyaltyCursor = null;
        UUID id = customer.id();
        run(() -> admin.loyalty(id, cursor), found -> {
            if (isSelected(id)) {
                loyalty.addAll(found.rows());
                loyaltyCursor = found.nextCursor();
                moreLoyalty.set(found.hasMore());
            }
        });
    }

    /**
     * Saves the details as typed, an emptied field as none; refusals of a field (here or by the server)
     * are shown next to it.
     */
    public void save() {
        CustomerProfile customer = selected.get();
        if (customer == null) {
            return;
        }
        errors.clear();
        Map<String, Object> fields = new LinkedHashMap<>();
        put(fields, "first_name", firstName.get(), 100);
        put(fields, "last_name", lastName.get(), 100);
        put(fields, "email", email.get(), 255);
        put(fields, "phone", phone.get(), 50);
        if (!errors.isEmpty()) {
            return;
        }
        change(customer.id(), fields, Phrase.of("console.customers.saved"));
    }

    /** Adds a tag (made lower-case); answers false when it is not one the server takes. */
    public boolean addTag(String typed) {
        CustomerProfile customer = selected.get();
        String tag = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (customer == null || !TAG.matcher(tag).matches()) {
            errors.put("tags", Phrase.of("console.customers.tag_invalid"));
            return false;
        }
        errors.remove("tags");
        if (tags.contains(tag)) {
            return true;
        }
        List<String> next = new ArrayList<>(tags);
        next.add(tag);
        change(customer.id(), Map.of("tags", next), Phrase.NONE);
        return true;
    }

    public void removeTag(String tag) {
        CustomerProfile customer = selected.get();
        if (customer != null && tags.contains(tag)) {
            List<String> next = new ArrayList<>(tags);
            next.remove(tag);
            change(customer.id(), Map.of("tags", next), Phrase.NONE);
        }
    }

    /** Saves everything held about the chosen customer to {@code file} (JSON), and says where. */
    public void exportTo(Path file) {
        CustomerProfile customer = selected.get();
        if (customer == null) {
            return;
        }
        UUID id = customer.id();
        run(() -> {
            String json = admin.export(id);
            try {
                DurableFiles.write(file, json.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return file;
        }, saved -> notice.set(Phrase.of("console.customers.exported", saved.toString())));
    }

    /** Whether {@code typed} confirms erasing the chosen customer: their name as shown, typed out. */
    public boolean confirms(String typed) {
        CustomerProfile customer = selected.get();
        return customer != null && !customer.displayName().isEmpty() && typed != null
                && typed.strip().equals(customer.displayName());
    }

    /** Erases the chosen customer's personal data, once {@code typed} confirms it; answers whether it was asked for. */
    public boolean erase(String typed) {
        CustomerProfile customer = selected.get();
        if (!confirms(typed)) {
            return false;
        }
        UUID id = customer.id();
        run(() -> {
            admin.erase(id);
            return admin.customer(id);
        }, erased -> {
            replace(erased);
            select(erased);
            notice.set(Phrase.of("console.customers.erased"));
        });
        return true;
    }

    private void change(UUID id, Map<String, Object> fields, Phrase done) {
        busy.set(true);
        background.execute(() -> {
            try {
                CustomerProfile stored = admin.update(id, fields);
                ui.execute(() -> {
                    busy.set(false);
                    replace(stored);
                    if (isSelected(id)) {
                        selected.set(stored);
                        show(stored);
                        notice.set(done);
                    }
                });
            } catch (RuntimeException e) {
                Map<String, String> refused = e instanceof OlympusApiException api ? FieldErrors.of(api) : Map.of();
                ui.execute(() -> {
                    busy.set(false);
                    refused.forEach((field, sentence) -> errors.put(field, Phrase.of("console.customers.server", sentence)));
                    problem.set(refused.isEmpty() ? Problems.phrase(e) : Phrase.NONE);
                });
            }
        });
    }

    private void show(CustomerProfile customer) {
        firstName.set(customer == null || customer.firstName() == null ? "" : customer.firstName());
        lastName.set(customer == null || customer.lastName() == null ? "" : customer.lastName());
        email.set(customer == null || customer.email() == null ? "" : customer.email());
        phone.set(customer == null || customer.phone() == null ? "" : customer.phone());
        tags.setAll(customer == null ? List.of() : customer.tags());
    }

    private void put(Map<String, Object> fields, String field, String typed, int most) {
        String value = typed == null ? "" : typed.strip();
        if (value.length() > most) {
            errors.put(field, Phrase.of("console.customers.too_long", most));
        } else if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            errors.put(field, Phrase.of("console.customers.control"));
        } else {
            // Sent even when emptied: the server takes an empty field as "none", so a cleared email goes.
            fields.put(field, value);
        }
    }

    private void replace(CustomerProfile customer) {
        for (int i = 0; i < customers.size(); i++) {
            if (customers.get(i).id().equals(customer.id())) {
                customers.set(i, customer);
                return;
            }
        }
    }

    private boolean isSelected(UUID id) {
        return selected.get() != null && selected.get().id().equals(id);
    }

    private <T> void run(Supplier<T> call, Consumer<T> then) {
        problem.set(Phrase.NONE);
        busy.set(true);
        background.execute(() -> {
            try {
                T answer = call.get();
                ui.execute(() -> {
                    busy.set(false);
                    then.accept(answer);
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    busy.set(false);
                    problem.set(Problems.phrase(e));
                });
            }
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<CustomerProfile> customers() {
        return customers;
    }

    public ReadOnlyObjectProperty<CustomerProfile> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ObservableList<OrderSummary> orders() {
        return orders;
    }

    public ObservableList<LoyaltyEntry> loyalty() {
        return loyalty;
    }

    /** Refused fields (wire names) and why. */
    public ObservableMap<String, Phrase> errors() {
        return errors;
    }

    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What was just done (saved, exported to a file, erased). */
    public ReadOnlyObjectProperty<Phrase> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** Whether the chosen customer has older orders than those read. */
    public ReadOnlyBooleanProperty moreOrdersProperty() {
        return moreOrders.getReadOnlyProperty();
    }

    /** Whether the chosen customer's points history goes back further than the entries read. */
    public ReadOnlyBooleanProperty moreLoyaltyProperty() {
        return moreLoyalty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
