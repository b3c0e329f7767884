package cloud.olympus.desktop.till;

import cloud.olympus.client.files.DurableFiles;
import cloud.olympus.desktop.receipt.PrinterChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a terminal remembers between runs: the business and location it belongs to, who logged in
 * last, its favourite items, its receipt printer, how soon it locks itself when nobody uses it and
 * whether it was left on the till or the console ({@code mode}). Files from before a setting existed
 * load with its default.
 */
public record TerminalSettings(String tenantSlug, String lastEmail, Set<UUID> favourites, java.util.List<OfflineLogin> offlineLogins,
                               PrinterChoice printer, Integer idleLockMinutes, String mode) {

    /** Minutes without input before the till locks by itself, when the terminal does not say. */
    public static final int DEFAULT_IDLE_LOCK_MINUTES = 5;

    private static final Logger LOG = LoggerFactory.getLogger(TerminalSettings.class);

    public TerminalSettings {
        favourites = favourites == null ? Set.of() : Set.copyOf(favourites);
        offlineLogins = offlineLogins == null ? java.util.List.of() : java.util.List.copyOf(offlineLogins);
        printer = printer == null ? PrinterChoice.NONE : printer;
        idleLockMinutes = idleLockMinutes == null || idleLockMinutes < 0 ? DEFAULT_IDLE_LOCK_MINUTES : idleLockMinutes;
    }

    /** How long the till waits without keyboard, mouse or touch before it locks; zero: never. */
    public java.time.Duration idleLock() {
        return java.time.Duration.ofMinutes(idleLockMinutes);
    }

    public TerminalSettings withIdleLockMinutes(int minutes) {
        return new TerminalSettings(tenantSlug, lastEmail, favourites, offlineLogins, printer, minutes, mode);
    }

    /** Remembers who just logged in for offline logins, replacing what was remembered of them. */
    public TerminalSettings remember(OfflineLogin login) {
        java.util.List<OfflineLogin> next = new java.util.ArrayList<>(offlineLogins.stream()
                .filter(l -> !l.isFor(login.tenantSlug(), login.email())).toList());
        next.add(login);
        return new TerminalSettings(tenantSlug, lastEmail, favourites, next, printer, idleLockMinutes, mode);
    }

    public static TerminalSettings load(Path file, JsonMapper json) {
        try {
            return Files.exists(file) ? json.readValue(Files.readAllBytes(file), TerminalSettings.class)
                    : new TerminalSettings(null, null, Set.of(), null, null, null, null);
        } catch (IOException | RuntimeException e) {
            // The till still starts; the business and the printer are asked for again, offline logins wait for the server.
            LOG.warn("The terminal's settings in {} cannot be read; starting without them", file, e);
            return new TerminalSettings(null, null, Set.of(), null, null, null, null);
        }
    }

    public void save(Path file, JsonMapper json) {
        try {
            DurableFiles.write(file, json.writeValueAsBytes(this));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The mode the terminal was left in last, when it says. */
    public java.util.Optional<TerminalMode> lastMode() {
        return TerminalMode.parse(mode);
    }

    public TerminalSettings withMode(TerminalMode next) {
        return new TerminalSettings(tenantSlug, lastEmail, favourites, offlineLogins, printer, idleLockMinutes, next.written());
    }

    public TerminalSettings withLogin(String slug, String email) {
        return new TerminalSettings(slug, email, favourites, offlineLogins, printer, idleLockMinutes, mode);
    }

    public TerminalSettings withPrinter(PrinterChoice next) {
        return new TerminalSettings(tenantSlug, lastEmail, favourites, offlineLogins, next, idleLockMinutes, mode);
    }

    public TerminalSettings toggleFavourite(UUID item) {
        Set<UUID> next = new LinkedHashSet<>(favourites);
        if (!next.remove(item)) {
            next.add(item);
        }
        return new TerminalSettings(tenantSlug, lastEmail, next, offlineLogins, printer, idleLockMinutes, mode);
    }
}
