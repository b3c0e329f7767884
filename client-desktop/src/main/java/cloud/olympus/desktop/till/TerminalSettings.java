package cloud.olympus.desktop.till;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a terminal remembers between runs: the business and location it belongs to, who logged in
 * last, and its favourite items.
 */
public record TerminalSettings(String tenantSlug, String lastEmail, Set<UUID> favourites) {

    public TerminalSettings {
        favourites = favourites == null ? Set.of() : Set.copyOf(favourites);
    }

    public static TerminalSettings load(Path file, JsonMapper json) {
        try {
            return Files.exists(file) ? json.readValue(Files.readAllBytes(file), TerminalSettings.class)
                    : new TerminalSettings(null, null, Set.of());
        } catch (IOException | RuntimeException e) {
            return new TerminalSettings(null, null, Set.of());
        }
    }

    public void save(Path file, JsonMapper json) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temp, json.writeValueAsBytes(this));
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public TerminalSettings withLogin(String slug, String email) {
        return new TerminalSettings(slug, email, favourites);
    }

    public TerminalSettings toggleFavourite(UUID item) {
        Set<UUID> next = new LinkedHashSet<>(favourites);
        if (!next.remove(item)) {
            next.add(item);
        }
        return new TerminalSettings(tenantSlug, lastEmail, next);
    }
}
