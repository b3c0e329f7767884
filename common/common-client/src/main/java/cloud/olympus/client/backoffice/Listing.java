package cloud.olympus.client.backoffice;

import java.util.List;

/** One page of a long list and where the next begins ({@code nextCursor} null at the end). */
public record Listing<T>(List<T> rows, String nextCursor) {

    public Listing {
        rows = List.copyOf(rows);
    }

    public boolean hasMore() {
        return nextCursor != null;
    }
}
