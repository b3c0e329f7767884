package cloud.olympus.fx.manager;

import cloud.olympus.client.manager.Answer;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.client.manager.Recommendation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Questions about the business in plain words: the assistant's answer with its figures, a table
 * and the query behind it; example questions to start from, and the assistant's own when it did
 * not understand; and what it recommends doing. The last answer and recommendations are kept for
 * when the server cannot be reached.
 */
public final class AskViewModel {

    /** The calls behind the screen; {@link #of(ManagerApi)} makes them over HTTP. */
    public interface Source {
        Answer ask(String question, String language, UUID locationId);

        List<Recommendation> recommendations(UUID locationId);

        static Source of(ManagerApi api) {
            return new Source() {
                @Override
                public Answer ask(String question, String language, UUID locationId) {
                    return api.ask(question, language, locationId);
                }

                @Override
                public List<Recommendation> recommendations(UUID locationId) {
                    return api.recommendations(locationId);
                }
            };
        }
    }

    /** A question and its answer, as kept. */
    public record Asked(String question, Answer answer) {
    }

    /** The assistant's recommendations, as kept. */
    public record Advice(List<Recommendation> recommendations) {
        public Advice {
            recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        }
    }

    /** What the assistant is asked for its own example questions. */
    static final String HELP = "help";

    private final Source source;
    private final ScreenFigures<Asked> figures;
    private final ScreenFigures<Advice> advice;
    private final Executor background;
    private final Executor ui;
    private final String language;
    private List<String> starters;
    private final StringProperty question = new SimpleStringProperty("");
    private final ObservableList<String> examples = FXCollections.observableArrayList();
    private final ObservableList<String> examplesView = FXCollections.unmodifiableObservableList(examples);

    /**
     * @param language the language questions are asked and answered in (en, es, fr, de)
     * @param starters example questions to offer until the assistant's own are had
     */
    public AskViewModel(Source source, ScreenFigures<Asked> figures, ScreenFigures<Advice> advice, Executor background,
                        Executor ui, String language, List<String> starters) {
        this.source = source;
        this.figures = figures;
        this.advice = advice;
        this.background = background;
        this.ui = ui;
        this.language = language;
        this.starters = List.copyOf(starters);
        examples.setAll(starters);
        figures.valueProperty().addListener((obs, old, now) -> examples.setAll(now != null && !now.answer().understood()
                && !now.answer().suggestions().isEmpty() ? now.answer().suggestions() : this.starters));
    }

    public ScreenFigures<Asked> figures() {
        return figures;
    }

    /** The recommendations: reorder, add staff, win customers back, most urgent first. */
    public ScreenFigures<Advice> advice() {
        return advice;
    }

    /** The assistant's own example questions in the screen's language, then its recommendations. */
    public void start() {
        background.execute(() -> {
            try {
                List<String> offered = source.ask(HELP, language, null).suggestions();
                if (!offered.isEmpty()) {
                    ui.execute(() -> {
                        starters = List.copyOf(offered);
                        Asked shown = figures.value();
                        if (shown == null || shown.answer().understood()) {
                            examples.setAll(starters);
                        }
                    });
                }
            } catch (RuntimeException e) {
                // The app's own examples stay.
            }
        });
        refresh();
    }

    /** Reads the recommendations again. */
    public void refresh() {
        advice.load(() -> new Advice(source.recommendations(null)));
    }

    /** The question being typed. */
    public StringProperty questionProperty() {
        return question;
    }

    /** Questions to pick: the starters, or the assistant's suggestions after one it did not understand. */
    public ObservableList<String> examples() {
        return examplesView;
    }

    /** Asks the question typed (nothing when it is blank). */
    public void ask() {
        String asked = question.get() == null ? "" : question.get().trim();
        if (asked.isEmpty()) {
            return;
        }
        figures.load(() -> new Asked(asked, source.ask(asked, language, null)));
    }

    /** Asks {@code example} as it is. */
    public void ask(String example) {
        question.set(example);
        ask();
    }

    /** The columns of an answer's table worth showing a person: all but the ids ({@code item_id}, ...), by position. */
    public static List<Integer> shownColumns(Answer.Table table) {
        return java.util.stream.IntStream.range(0, table.columns().size())
                .filter(i -> !table.columns().get(i).equals("id") && !table.columns().get(i).endsWith("_id")).boxed().toList();
    }

    /** A cell of an answer's table as text: a fraction with at least two decimals (95.2 reads 95.20), anything else as it is. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal) {
            java.math.BigDecimal number = new java.math.BigDecimal(value.toString());
            return number.scale() < 2 && number.stripTrailingZeros().scale() > 0 ? number.setScale(2).toPlainString()
                    : number.toPlainString();
        }
        return String.valueOf(value);
    }

    /** The query behind an answer in one line per part: metric, dimensions, filters, period. */
    public static String queryText(Map<String, Object> query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return query.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + ": " + value(e.getValue())).collect(Collectors.joining("\n"));
    }

    private static String value(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
