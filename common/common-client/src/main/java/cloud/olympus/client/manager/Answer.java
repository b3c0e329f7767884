package cloud.olympus.client.manager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * The assistant's answer to a question ({@code POST /api/v1/assistant/ask}): the sentence, its
 * figures, a table, the query it ran and, when it did not understand, questions it does.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Answer(boolean understood, String language, String intent, Map<String, Object> entities, String answer,
                     List<Figure> figures, Table table, Map<String, Object> query, List<String> suggestions) {

    public Answer {
        entities = entities == null ? Map.of() : entities;
        figures = figures == null ? List.of() : List.copyOf(figures);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    /** One figure of an answer: its label, value and unit (a currency, {@code units}, {@code %}...). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figure(String label, Object value, String unit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Table(List<String> columns, List<List<Object>> rows) {
        public Table {
            columns = columns == null ? List.of() : List.copyOf(columns);
            rows = rows == null ? List.of() : rows;
        }
    }
}
