package cloud.olympus.fx.manager;

import cloud.olympus.client.files.DurableFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last figures each screen showed, kept as JSON files (one per screen, written whole or not at
 * all) so the app can show them, marked with their time, when the server cannot be reached. The
 * figures are a business's and a person's own: the app keeps them in a folder per business and
 * person ({@link #of(UUID, UUID)}) and deletes that folder when the person signs out
 * ({@link #forget()}), so nobody signed in on the device later sees them.
 */
public final class FigureStore {

    private static final Logger LOG = LoggerFactory.getLogger(FigureStore.class);

    /** Figures kept, and when they were read from the server. */
    public record Kept<T>(T value, Instant asOf) {
    }

    private final Path folder;
    private final JsonMapper json;
    private final Clock clock;

    /**
     * @param folder where the files go (one per screen), {@code null} to keep nothing
     * @param json   writes and reads the figures as the API does ({@link cloud.olympus.client.OlympusClient#json()})
     */
    public FigureStore(Path folder, JsonMapper json, Clock clock) {
        this.folder = folder;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The figures of one person of one business: a folder of their own under this store's, so no one
     * else's figures are ever shown to them. The files kept before figures were kept per person (one
     * per screen, straight in this store's folder, whoever's they were) are deleted.
     */
    public FigureStore of(UUID tenantId, UUID userId) {
        if (folder == null) {
            return this;
        }
        forgetLooseFiles();
        return new FigureStore(folder.resolve(tenantId.toString()).resolve(userId.toString()), json, clock);
    }

    /** Deletes every figure this store keeps, with its folder; what cannot be deleted is left to the next sign-out. */
    public void forget() {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(FigureStore::delete);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not delete the figures kept in {}: {}", folder, e.toString());
        }
    }

    private void forgetLooseFiles() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json")).forEach(FigureStore::delete);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not delete the figures kept in {}: {}", folder, e.toString());
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.debug("Could not delete {}: {}", path, e.toString());
        }
    }

    /** Keeps {@code value} as {@code screen}'s figures, read now. Failing to write costs only the offline copy. */
    public void keep(String screen, Object value) {
        if (folder == null) {
            return;
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("as_of", clock.instant().toString());
        file.put("value", value);
        try {
            DurableFiles.write(file(screen), json.writeValueAsBytes(file));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not keep the figures of {}: {}", screen, e.toString());
        }
    }

    /** Whether both stores keep their figures in the same folder (one business's, one person's). */
    public boolean sameAs(FigureStore other) {
        return other != null && java.util.Objects.equals(folder, other.folder);
    }

    /** The time figures read now are from. */
    public Instant now() {
        return clock.instant();
    }

    /** {@code screen}'s figures as last kept, if any can be read. */
    public <T> Optional<Kept<T>> kept(String screen, Class<T> type) {
        if (folder == null || !Files.isRegularFile(file(screen))) {
            return Optional.empty();
        }
        try {
            JsonNode node = json.readTree(Files.readAllBytes(file(screen)));
            return Optional.of(new Kept<>(json.treeToValue(node.get("value"), type), Instant.parse(node.get("as_of").asString())));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not read the figures kept for {}: {}", screen, e.toString());
            return Optional.empty();
        }
    }

    private Path file(String screen) {
        return folder.resolve(screen + ".json");
    }
}
