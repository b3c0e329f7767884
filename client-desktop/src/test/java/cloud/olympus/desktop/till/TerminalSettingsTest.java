package cloud.olympus.desktop.till;

import cloud.olympus.model.auth.Role;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.desktop.receipt.PrinterChoice;
import cloud.olympus.desktop.receipt.SystemQueuePrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The terminal's settings file: the printer is remembered, and files written before it was load as they were. */
class TerminalSettingsTest {

    private final JsonMapper json = new OlympusClient("http://localhost:9").json();

    @TempDir
    Path dir;

    @Test
    void aFileFromBeforePrintersLoadsWithNoPrinter() throws Exception {
        UUID favourite = UUID.randomUUID();
        Path file = Files.writeString(dir.resolve("terminal.json"), """
                {"tenant_slug":"bella-cucina","last_email":"cashier@bella-cucina.example","favourites":["%s"],
                 "offline_logins":[{"tenant_slug":"bella-cucina","email":"cashier@bella-cucina.example",
                   "user_id":"%s","tenant_id":"%s","roles":["cashier"],"salt":"c2FsdA==","hash":"aGFzaA=="}]}
                """.formatted(favourite, UUID.randomUUID(), UUID.randomUUID()));

        TerminalSettings settings = TerminalSettings.load(file, json);

        assertThat(settings.tenantSlug()).isEqualTo("bella-cucina");
        assertThat(settings.lastEmail()).isEqualTo("cashier@bella-cucina.example");
        assertThat(settings.favourites()).containsExactly(favourite);
        assertThat(settings.offlineLogins()).singleElement().satisfies(login -> {
            assertThat(login.roles()).containsExactly(Role.CASHIER);
            assertThat(login.displayName()).isNull();
        });
        assertThat(settings.printer()).isEqualTo(PrinterChoice.NONE);
    }

    @Test
    void thePrinterIsRememberedAndKeptThroughOtherChanges() {
        Path file = dir.resolve("terminal.json");
        PrinterChoice kitchen = new PrinterChoice(PrinterChoice.Kind.NETWORK, "192.168.1.60", 9100, "/dev/usb/lp0", "Front",
                SystemQueuePrinter.Format.PDF, "/srv/receipts");
        TerminalSettings.load(file, json).withPrinter(kitchen).save(file, json);

        TerminalSettings loaded = TerminalSettings.load(file, json);
        assertThat(loaded.printer()).isEqualTo(kitchen);
        TerminalSettings changed = loaded.withLogin("bella-cucina", "manager@bella-cucina.example").toggleFavourite(UUID.randomUUID());
        assertThat(changed.printer()).isEqualTo(kitchen);
    }
}
