package cloud.olympus.server.assistant;

import java.util.List;
import java.util.Map;

/**
 * The assistant's answer: whether the question was understood, what it was read as, the answer in
 * the question's language, and the figures, table and query it was computed from. The figures,
 * table and query always come from the business's data; only the text may have been reworded.
 */
public record Answer(boolean understood, String language, String intent, Map<String, Object> entities, String answer,
                     List<Figure> figures, Table table, Map<String, Object> query, List<String> suggestions) {

    /** One figure: a stable label, its value (an amount in the currency's decimals, a count, a percentage) and its unit. */
    public record Figure(String label, Object value, String unit) {
    }

    /** Rows of values under named columns. */
    public record Table(List<String> columns, List<List<Object>> rows) {
    }
}
