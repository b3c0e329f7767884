package cloud.olympus.server.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list: {@code {"data": [...], "next_cursor": "..."}}, the cursor null on the last
 * page. Cursors are opaque to clients: base64url of the sort key of the last row.
 */
public record Page<T>(List<T> data, String nextCursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /**
     * Builds a page from up to {@code limit + 1} rows fetched: the extra row only tells that
     * another page exists.
     */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, String> sortKey, Function<R, T> view) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? encode(sortKey.apply(shown.get(shown.size() - 1))) : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key inside a cursor; a 400 problem if the cursor was not made by us. */
    public static Optional<String> decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(ProblemType.MALFORMED_REQUEST, "cursor is not valid");
        }
    }

    /** A newest-first list's place: the time and id of the last row shown. */
    public record After(java.time.Instant at, java.util.UUID id) {
    }

    /** The time and id inside a cursor made by {@link #timeAndId}; a 400 problem if it holds anything else. */
    public static Optional<After> after(String cursor) {
        return decode(cursor).map(key -> {
            String[] parts = key.split("\n", 2);
            try {
                return new After(java.time.Instant.parse(parts[0]), java.util.UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw ApiProblem.invalid("cursor is not valid");
            }
        });
    }

    /** The sort key of a newest-first list, for {@link #after}. */
    public static String timeAndId(java.time.Instant at, java.util.UUID id) {
        return at + "\n" + id;
    }

    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw ApiProblem.invalid("limit must be between 1 and " + MAX_LIMIT);
        }
        return requested;
    }
}
