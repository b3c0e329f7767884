package cloud.olympus.desktop.till;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.Session;
import cloud.olympus.model.auth.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Who gets the console and who the till, and the mode a terminal remembers. */
class TerminalModeTest {

    private static Session as(Role role) {
        return Session.fromRoles(UUID.randomUUID(), UUID.randomUUID(), Set.of(role), null);
    }

    @Test
    void ownersAdminsAndManagersMayUseTheConsoleCashiersNever() {
        assertThat(TerminalMode.consoleAllowed(as(Role.OWNER))).isTrue();
        assertThat(TerminalMode.consoleAllowed(as(Role.ADMIN))).isTrue();
        assertThat(TerminalMode.consoleAllowed(as(Role.MANAGER))).isTrue();
        assertThat(TerminalMode.consoleAllowed(as(Role.CASHIER))).isFalse();
        assertThat(TerminalMode.consoleAllowed(as(Role.KITCHEN))).isFalse();
    }

    @Test
    void theConsoleOpensUnlessAskedOrLeftOnTheTill() {
        Optional<TerminalMode> none = Optional.empty();
        assertThat(TerminalMode.opening(as(Role.OWNER), none, none)).isEqualTo(TerminalMode.CONSOLE);
        assertThat(TerminalMode.opening(as(Role.MANAGER), none, Optional.of(TerminalMode.TILL))).isEqualTo(TerminalMode.TILL);
        assertThat(TerminalMode.opening(as(Role.MANAGER), Optional.of(TerminalMode.CONSOLE), Optional.of(TerminalMode.TILL)))
                .isEqualTo(TerminalMode.CONSOLE);
        assertThat(TerminalMode.opening(as(Role.OWNER), Optional.of(TerminalMode.TILL), none)).isEqualTo(TerminalMode.TILL);
        // A cashier gets the till whatever was asked or remembered.
        assertThat(TerminalMode.opening(as(Role.CASHIER), Optional.of(TerminalMode.CONSOLE), Optional.of(TerminalMode.CONSOLE)))
                .isEqualTo(TerminalMode.TILL);
    }

    @Test
    void modesAreReadAsWrittenAndAnythingElseIsNone() {
        assertThat(TerminalMode.parse(" Console ")).contains(TerminalMode.CONSOLE);
        assertThat(TerminalMode.parse("till")).contains(TerminalMode.TILL);
        assertThat(TerminalMode.parse("back-office")).isEmpty();
        assertThat(TerminalMode.parse(null)).isEmpty();
    }

    @Test
    void theTerminalRemembersItsModeAndOlderSettingsHaveNone(@TempDir Path dir) throws Exception {
        JsonMapper json = new cloud.olympus.client.OlympusClient("http://localhost:9").json();
        Path file = dir.resolve("terminal.json");
        Files.writeString(file, "{\"tenant_slug\": \"bella-cucina\", \"idle_lock_minutes\": 3}");
        TerminalSettings older = TerminalSettings.load(file, json);
        assertThat(older.lastMode()).isEmpty();

        older.withMode(TerminalMode.TILL).save(file, json);
        TerminalSettings again = TerminalSettings.load(file, json);
        assertThat(again.lastMode()).contains(TerminalMode.TILL);
        assertThat(again.idleLockMinutes()).isEqualTo(3);
        assertThat(again.withPrinter(again.printer()).lastMode()).contains(TerminalMode.TILL);
    }
}
