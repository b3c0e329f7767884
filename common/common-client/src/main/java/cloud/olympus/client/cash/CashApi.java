package cloud.olympus.client.cash;

import cloud.olympus.client.OlympusClient;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A till's cash drawer on the server: open it with a float, pay cash in and out, count it at
 * close. Every change carries an idempotency key made by the caller, so a retry after a lost
 * answer changes nothing twice, and the till's device token: only a registered till keeps a
 * drawer, its own (a session opened on the till with a PIN needs no token).
 */
public class CashApi {

    private static final String DRAWERS = "/api/v1/cash/drawers";

    private final OlympusClient client;
    private final String deviceToken;

    /** Drawers as seen from {@code client}'s session, read only or changed from a PIN session on the till. */
    public CashApi(OlympusClient client) {
        this(client, null);
    }

    /** Drawers changed from the till whose token is {@code deviceToken} (null: the session's own till, if any). */
    public CashApi(OlympusClient client, String deviceToken) {
        this.client = client;
        this.deviceToken = deviceToken;
    }

    /** The terminal's open drawer, if it has one. */
    public Optional<CashDrawer> openDrawer(UUID terminalId) {
        JsonNode data = client.get(DRAWERS + "?open=true&limit=1&terminal_id=" + terminalId).get("data");
        return data.isEmpty() ? Optional.empty() : Optional.of(drawer(data.get(0)));
    }

    /** Whether the terminal has kept a drawer before (open or closed). */
    public boolean hasKeptDrawer(UUID terminalId) {
        return !client.get(DRAWERS + "?limit=1&terminal_id=" + terminalId).get("data").isEmpty();
    }

    public CashDrawer drawer(UUID id) {
        return drawer(client.get(DRAWERS + "/" + id));
    }

    /** Opens the terminal's drawer with a float: an amount, or pieces per denomination (then the amount may be null). */
    public CashDrawer open(UUID terminalId, BigDecimal openingFloat, Map<String, Integer> floatCount, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("terminal_id", terminalId);
        body.put("opening_float", openingFloat);
        if (floatCount != null && !floatCount.isEmpty()) {
            body.put("float_count", floatCount);
        }
        return drawer(client.postAtDevice(DRAWERS, body, key, deviceToken));
    }

    /** Pays cash into ({@code payIn}) or out of the drawer, for a reason. */
    public CashDrawer move(UUID drawerId, boolean payIn, BigDecimal amount, String reason, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", payIn ? "pay_in" : "pay_out");
        body.put("amount", amount);
        body.put("reason", reason);
        return drawer(client.postAtDevice(DRAWERS + "/" + drawerId + "/movements", body, key, deviceToken));
    }

    /** The blind count: the total, or pieces per denomination, or both. */
    public CashDrawer close(UUID drawerId, BigDecimal counted, Map<String, Integer> countDetail, String note, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("counted", counted);
        if (countDetail != null && !countDetail.isEmpty()) {
            body.put("count_detail", countDetail);
        }
        if (note != null && !note.isBlank()) {
            body.put("note", note.trim());
        }
        return drawer(client.postAtDevice(DRAWERS + "/" + drawerId + "/close", body, key, deviceToken));
    }

    /**
     * A manager's close of a drawer whose till is gone, from anywhere (needs {@code cash_reconcile}):
     * the cash counted, or not counted at all ({@code counted} null), and why.
     */
    public CashDrawer closeAsManager(UUID drawerId, BigDecimal counted, String reason, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (counted == null) {
            body.put("not_counted", true);
        } else {
            body.put("counted", counted);
        }
        body.put("reason", reason);
        return drawer(client.post(DRAWERS + "/" + drawerId + "/manager-close", body, key));
    }

    private CashDrawer drawer(JsonNode node) {
        return client.json().treeToValue(node, CashDrawer.class);
    }
}
