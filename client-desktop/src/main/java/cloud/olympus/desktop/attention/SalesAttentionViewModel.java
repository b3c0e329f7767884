package cloud.olympus.desktop.attention;

import cloud.olympus.client.api.OrderDraft;
import cloud.olympus.client.outbox.Outbox;
import cloud.olympus.fx.i18n.Phrase;
import java.math.BigDecimal;
import java.time.Instant;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sales the server could not record, waiting on this till for a person: each with what the
 * server said, as a bundle key the screen translates. A manager retries one (after setting the
 * catalogue right) or discards it with a reason; a discarded sale is kept, never deleted.
 */
public final class SalesAttentionViewModel {

    /**
     * One sale waiting: {@code reasonKey} and {@code reasonArgument} (the field the server named, or
     * its words when it named none) say why in the cashier's language; {@code detail} is the
     * server's own words.
     */
    public record Entry(String key, Instant rungAt, BigDecimal total, int lines, String reasonKey, String reasonArgument,
                        String detail) {

        /** Why, to be put in the cashier's language: the reason with what the server named, where it names anything. */
        public Phrase reason() {
            return reasonKey.equals(UNREADABLE) ? Phrase.of(reasonKey) : Phrase.of(reasonKey, reasonArgument);
        }
    }

    private static final String UNREADABLE = "attention.reason.unreadable";

    private final Outbox outbox;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public SalesAttentionViewModel(Outbox outbox) {
        this.outbox = outbox;
        refresh();
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    /** Why the last action did nothing, as a bundle key; empty when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void refresh() {
        entries.setAll(outbox.refused().stream().map(SalesAttentionViewModel::entry).toList());
    }

    /** Sends the sale again; it comes back here if the server still cannot record it. */
    public void retry(Entry entry) {
        outbox.retry(entry.key());
        problem.set("");
        refresh();
    }

    /** Decides the sale will not be sent, with a reason and who decided. */
    public boolean discard(Entry entry, String reason, String decidedBy) {
        if (reason == null || reason.isBlank()) {
            problem.set("attention.reason_needed");
            return false;
        }
        outbox.discard(entry.key(), reason, decidedBy);
        problem.set("");
        refresh();
        return true;
    }

    static Entry entry(Outbox.Refused refused) {
        OrderDraft sale = refused.sale();
        Outbox.Stored problem = refused.problem();
        String field = problem == null ? null : problem.field();
        String kind = problem == null ? "unreadable" : problem.kind();
        String reasonKey;
        if (sale == null || "unreadable".equals(kind)) {
            reasonKey = UNREADABLE;
        } else if ("conflict".equals(kind) || "idempotency-key-reused".equals(kind)) {
            reasonKey = "attention.reason.duplicate";
        } else if (!"sale-not-recordable".equals(kind)) {
            reasonKey = "attention.reason.other";
        } else if (field == null) {
            reasonKey = "attention.reason.other";
        } else if (field.endsWith("product_id")) {
            reasonKey = "attention.reason.product";
        } else if (field.startsWith("tenders")) {
            reasonKey = "attention.reason.tenders";
        } else if (field.equals("subtotal") || field.equals("total") || field.equals("tax") || field.endsWith("unit_price")
                || field.startsWith("discounts")) {
            reasonKey = "attention.reason.amounts";
        } else if (field.endsWith("quantity")) {
            reasonKey = "attention.reason.quantity";
        } else {
            reasonKey = "attention.reason.other";
        }
        String detail = problem == null ? null : problem.detail();
        String argument = field != null ? field : detail != null ? detail : "";
        return new Entry(refused.key(), sale == null ? null : sale.rungAt(), sale == null ? null : sale.total(),
                sale == null ? 0 : sale.lines().size(), reasonKey, argument, detail);
    }
}
