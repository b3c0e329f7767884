package cloud.olympus.client.api;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Where a person's time clock stands: off, working or on a break, with the open entry (null when
 * off) and the minutes worked and on breaks so far in it.
 */
public record TimeClock(State state, Entry entry, long workedMinutes, long breakMinutes) {

    public enum State {
        OFF, WORKING, ON_BREAK;

        static State fromWire(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    /** The open time entry: where and since when. */
    public record Entry(UUID id, UUID locationId, Instant clockIn, Instant breakSince) {
    }

    public static final TimeClock OFF = new TimeClock(State.OFF, null, 0, 0);

    /** Reads the server's answer to {@code /workforce/time-entries/current} and the clock actions. */
    public static TimeClock from(JsonNode node) {
        State state = State.fromWire(node.path("state").asString("off"));
        JsonNode entry = node.path("entry");
        Entry open = null;
        if (entry.isObject()) {
            Instant breakSince = null;
            for (JsonNode pause : entry.path("breaks")) {
                if (pause.path("ended_at").isNull() || pause.path("ended_at").isMissingNode()) {
                    breakSince = Instant.parse(pause.path("started_at").asString());
                }
            }
            open = new Entry(UUID.fromString(entry.path("id").asString()), uuidOrNull(entry.path("location_id")),
                    Instant.parse(entry.path("clock_in").asString()), breakSince);
        }
        return new TimeClock(state, open, node.path("worked_minutes").asLong(0), node.path("break_minutes").asLong(0));
    }

    private static UUID uuidOrNull(JsonNode node) {
        return node.isString() ? UUID.fromString(node.asString()) : null;
    }
}
