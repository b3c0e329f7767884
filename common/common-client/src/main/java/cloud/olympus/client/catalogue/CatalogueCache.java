package cloud.olympus.client.catalogue;

import cloud.olympus.client.files.DurableFiles;
import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.TenantProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The till's copy of the catalogue and the tenant's pricing settings, kept on disk so the till
 * sells with the server down. Refreshes bring only what changed since the last one, from the
 * server's cursor: no change is ever skipped.
 */
public class CatalogueCache {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueCache.class);

    private final Path file;
    private final JsonMapper json;
    private volatile Stored stored;

    /**
     * What is kept: the tenant, when the catalogue was read and the cursor to continue from, its
     * items and its categories.
     */
    public record Stored(TenantProfile tenant, Instant asOf, String cursor, List<CatalogueItem> items,
                         List<CatalogueItem.Category> categories) {
        public Stored {
            categories = categories == null ? List.of() : categories;
        }
    }

    public CatalogueCache(Path directory, JsonMapper json) {
        this.file = directory.resolve("catalogue.json");
        this.json = json;
    }

    /** What was kept last time, if anything. */
    public Optional<Stored> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            stored = json.readValue(Files.readAllBytes(file), Stored.class);
            return Optional.of(stored);
        } catch (IOException | RuntimeException e) {
            // The till then sells only once the server gives it a catalogue again.
            LOG.warn("The catalogue kept in {} cannot be read; it is fetched anew when the server answers", file, e);
            return Optional.empty();
        }
    }

    /** Fetches what changed since the last refresh (everything the first time) and keeps it. */
    public Stored refresh(OlympusApi api) {
        TenantProfile tenant = api.tenant();
        Stored previous = stored != null && stored.tenant().id().equals(tenant.id()) ? stored : null;
        OlympusApi.CatalogueSnapshot snapshot = api.catalogue(previous == null ? null : previous.cursor());
        Map<UUID, CatalogueItem> items = new LinkedHashMap<>();
        if (previous != null) {
            previous.items().forEach(i -> items.put(i.id(), i));
        }
        snapshot.items().forEach(i -> items.put(i.id(), i));
        List<CatalogueItem> sorted = items.values().stream()
                .sorted(Comparator.comparing(CatalogueItem::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Stored next = new Stored(tenant, snapshot.asOf(), snapshot.cursor(), sorted, snapshot.categories());
        save(next);
        stored = next;
        return next;
    }

    public Optional<Stored> current() {
        return Optional.ofNullable(stored);
    }

    private void save(Stored next) {
        try {
            DurableFiles.write(file, json.writeValueAsBytes(next));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
