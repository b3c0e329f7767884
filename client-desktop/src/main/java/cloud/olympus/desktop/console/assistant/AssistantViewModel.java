package cloud.olympus.desktop.console.assistant;

import cloud.olympus.client.manager.Answer;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.client.manager.Recommendation;
import cloud.olympus.desktop.console.ConsoleScope;
import cloud.olympus.fx.manager.AskViewModel;
import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The console's assistant: a conversation of questions and the assistant's answers (each with its
 * figures and the query behind it), the last {@link #KEPT} of them on screen, and its recommendations;
 * both for the location picked in the console's header or the whole organisation. The asking is
 * {@link AskViewModel}'s, as on the tablet.
 */
public final class AssistantViewModel {

    /** How many questions and answers the conversation keeps on screen. */
    public static final int KEPT = 20;

    private final AskViewModel ask;
    private final ObservableList<AskViewModel.Asked> conversation = FXCollections.observableArrayList();
    private final ObservableList<AskViewModel.Asked> conversationView = FXCollections.unmodifiableObservableList(conversation);

    public AssistantViewModel(AskViewModel ask, ConsoleScope scope) {
        this.ask = ask;
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

    /** Reads the assistant's examples and recommendations (the first time) or the recommendations again. */
    public void shown(boolean first) {
        if (first) {
            ask.start();
        } else {
            ask.refresh();
        }
    }
}
