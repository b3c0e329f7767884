package cloud.olympus.desktop.console.assistant;

import cloud.olympus.client.manager.Answer;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.client.manager.Recommendation;
import cloud.olympus.desktop.console.ConsoleScope;
import cloud.olympus.desktop.console.ScreenSwitch;
import cloud.olympus.fx.manager.AskViewModel;
import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The console's assistant: a conversation of questions and the assistant's answers (each with its
 * figures and the query behind it), the last {@link #KEPT} of them on screen, and its recommendations;
 * both for the location picked in the console's header or the whole organisation. The asking is
 * {@link AskViewModel}'s, as on the tablet. A recommendation to add a shift opens the staff screen's
 * new-shift form filled in from it, one to get in touch with customers opens the customers screen
 * with just them, for those who may do that there.
 */
public final class AssistantViewModel {

    /** How many questions and answers the conversation keeps on screen. */
    public static final int KEPT = 20;

    /** The hour a suggested shift starts at when the suggestion names none. */
    private static final int DEFAULT_HOUR = 12;

    private final AskViewModel ask;
    private final ObservableList<AskViewModel.Asked> conversation = FXCollections.observableArrayList();
    private final ObservableList<AskViewModel.Asked> conversationView = FXCollections.unmodifiableObservableList(conversation);

    private final ScreenSwitch screens;
    private final boolean mayPlan;
    private final boolean mayShowCustomers;

    /** An assistant that opens no other screen. */
    public AssistantViewModel(AskViewModel ask, ConsoleScope scope) {
        this(ask, scope, new ScreenSwitch(), false, false);
    }

    /**
     * @param screens          how the staff and customers screens are opened
     * @param mayPlan          whether the person may plan shifts
     * @param mayShowCustomers whether the person may open the customers screen
     */
    public AssistantViewModel(AskViewModel ask, ConsoleScope scope, ScreenSwitch screens, boolean mayPlan, boolean mayShowCustomers) {
        this.ask = ask;
        this.screens = screens;
        this.mayPlan = mayPlan;
        this.mayShowCustomers = mayShowCustomers;
        ask.figures().valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != old) {
                conversation.add(now);
                if (conversation.size() > KEPT) {
                    conversation.remove(0, conversation.size() - KEPT);
                }
            }
        });
        scope.placeProperty().addListener((obs, old, now) -> ask.refresh());
    }

    /**
     * The assistant's calls for the location {@code scope} shows when they are made (the whole
     * business when none is picked), whatever location the asking passes.
     */
    public static AskViewModel.Source scoped(ManagerApi api, ConsoleScope scope) {
        return new AskViewModel.Source() {
            @Override
            public Answer ask(String question, String language, UUID locationId) {
                return api.ask(question, language, scope.locationId());
            }

            @Override
            public List<Recommendation> recommendations(UUID locationId) {
                return api.recommendations(scope.locationId());
            }
        };
    }

    public AskViewModel ask() {
        return ask;
    }

    /** The questions asked and their answers, oldest first. */
    public ObservableList<AskViewModel.Asked> conversation() {
        return conversationView;
    }

    /** Whether a shift can be planned from {@code r}: it suggests one on a day, and the person may plan. */
    public boolean offersShift(Recommendation r) {
        Recommendation.Action a = r.action();
        return mayPlan && a != null && "add_shift".equals(a.type()) && a.date() != null;
    }

    /** Whether {@code r}'s customers can be shown: it names some, and the person may see customers. */
    public boolean offersCustomers(Recommendation r) {
        Recommendation.Action a = r.action();
        return mayShowCustomers && a != null && "contact_customers".equals(a.type()) && a.customerIds() != null
                && !a.customerIds().isEmpty();
    }

    /** Opens the staff screen's new-shift form on the day and hour {@code r} suggests; answers whether it opened. */
    public boolean addShift(Recommendation r) {
        if (!offersShift(r)) {
            return false;
        }
        Recommendation.Action a = r.action();
        return screens.open("staff", new ScreenSwitch.ShiftToPlan(a.date(), a.hour() == null ? DEFAULT_HOUR : a.hour(),
                a.quantity() == null ? 1 : a.quantity()));
    }

    /** Opens the customers screen with just the customers {@code r} names; answers whether it opened. */
    public boolean showCustomers(Recommendation r) {
        return offersCustomers(r) && screens.open("customers", new ScreenSwitch.CustomersToShow(r.action().customerIds()));
    }

    /** Reads the assistant's examples and recommendations (the first time) or the recommendations again. */
    public void shown(boolean first) {
        if (first) {
            ask.start();
        } else {
            ask.refresh();
        }
    }
}
