package cloud.olympus.desktop.till;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.api.Session;
import cloud.olympus.desktop.login.LoginViewModel;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * A login kept for use without the server lasts as long as the business says, and cannot be made to
 * last longer or to grant more by editing the terminal's file: such a login is refused, saying why.
 */
class OfflineLoginProtectionTest {

    private static final String SHOP = "corner-shop";
    private static final String EMAIL = "carla@corner-shop.example";
    private static final String PASSWORD = "correct horse battery staple";
    private static final Instant REMEMBERED = Instant.parse("2026-11-02T09:00:00Z");
    private final JsonMapper json = new OlympusClient("http://localhost:9").json();
    private final UUID user = UUID.randomUUID();
    private final UUID tenant = UUID.randomUUID();
    private String nobody;

    @TempDir
    Path dir;

    @BeforeEach
    void serverIsDown() throws Exception {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobody = "http://127.0.0.1:" + free.getLocalPort();
        }
    }

    @Test
    void aKeptLoginOpensTheTillWithWhatItsRolesAllowUntilItRunsOut() {
        remember(Set.of(Role.CASHIER), Duration.ofDays(7));

        Session session = logIn(REMEMBERED.plus(Duration.ofDays(7)).minusSeconds(60));
        assertThat(session.userId()).isEqualTo(user);
        assertThat(session.roles()).containsExactly(Role.CASHIER);
        assertThat(session.may(Permission.PAYMENT_TAKE)).isTrue();
        assertThat(session.may(Permission.OPEN_PRICE_ENTER)).isTrue();
        assertThat(session.may(Permission.ORDER_REFUND)).isFalse();
        assertThat(session.may(Permission.DISCOUNT_APPLY)).isFalse();
        assertThat(session.name()).contains("Carla Cashier");

        assertThatThrownBy(() -> logIn(REMEMBERED.plus(Duration.ofDays(7))))
                .isInstanceOfSatisfying(OfflineLoginRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(OfflineLoginRefused.Reason.EXPIRED);
                    assertThat(refused.expiredAt()).isEqualTo(REMEMBERED.plus(Duration.ofDays(7)));
                });
        assertThatThrownBy(() -> logIn(REMEMBERED.plus(Duration.ofDays(8)), "not the password"))
                .as("a wrong password learns nothing about the kept login").isInstanceOf(ServerUnreachableException.class);
    }

    @Test
    void theBusinessSaysHowLongALoginLasts() {
        remember(Set.of(Role.CASHIER), Duration.ofDays(30));
        assertThat(logIn(REMEMBERED.plus(Duration.ofDays(29))).roles()).containsExactly(Role.CASHIER);
        assertThatThrownBy(() -> logIn(REMEMBERED.plus(Duration.ofDays(31)))).isInstanceOf(OfflineLoginRefused.class);
    }

    @Test
    void rolesRaisedInTheFileAreRefused() throws Exception {
        remember(Set.of(Role.CASHIER), Duration.ofDays(7));
        Path file = dir.resolve("terminal.json");
        String kept = Files.readString(file);
        assertThat(kept).contains("\"roles\":[\"cashier\"]");
        Files.writeString(file, kept.replace("\"roles\":[\"cashier\"]", "\"roles\":[\"owner\"]"));

        assertThatThrownBy(() -> logIn(REMEMBERED.plus(Duration.ofDays(1))))
                .isInstanceOfSatisfying(OfflineLoginRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(OfflineLoginRefused.Reason.TAMPERED));
    }

    @Test
    void aLaterExpiryWrittenIntoTheFileIsRefused() throws Exception {
        remember(Set.of(Role.MANAGER), Duration.ofDays(7));
        Path file = dir.resolve("terminal.json");
        String kept = Files.readString(file);
        String expiry = REMEMBERED.plus(Duration.ofDays(7)).toString();
        assertThat(kept).contains(expiry);
        Files.writeString(file, kept.replace(expiry, REMEMBERED.plus(Duration.ofDays(700)).toString()));

        assertThatThrownBy(() -> logIn(REMEMBERED.plus(Duration.ofDays(30))))
                .isInstanceOfSatisfying(OfflineLoginRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(OfflineLoginRefused.Reason.TAMPERED));
    }

    @Test
    void aLoginKeptBeforeLoginsWereSealedNeedsTheServerOnce() throws Exception {
        // As tills kept logins before: the password's derived key itself, and nothing sealing the rest.
        Files.writeString(dir.resolve("terminal.json"), """
                {"tenant_slug":"%s","last_email":"%s","offline_logins":[{"tenant_slug":"%s","email":"%s",
                 "user_id":"%s","tenant_id":"%s","roles":["owner"],"salt":"c2FsdHNhbHRzYWx0c2FsdA==","hash":"aGFzaA=="}]}
                """.formatted(SHOP, EMAIL, SHOP, EMAIL, user, tenant));
        assertThatThrownBy(() -> logIn(REMEMBERED)).isInstanceOf(ServerUnreachableException.class);
    }

    @Test
    void theLoginScreenSaysWhyInTheCashiersLanguage() throws Exception {
        remember(Set.of(Role.CASHIER), Duration.ofDays(7));
        Messages german = Messages.forLocale(Locale.GERMAN);
        assertThat(german.text(loginScreen(REMEMBERED.plus(Duration.ofDays(10)))))
                .startsWith("Die Anmeldung ohne Server ist am ").contains("2026").endsWith("sobald der Server antwortet.");

        Path file = dir.resolve("terminal.json");
        Files.writeString(file, Files.readString(file).replace("Carla Cashier", "Carla Owner"));
        assertThat(loginScreen(REMEMBERED.plus(Duration.ofDays(1)))).isEqualTo(Phrase.of("login.offline_tampered"));
        assertThat(german.text(Phrase.of("login.offline_tampered"))).contains("verändert");
    }

    private void remember(Set<Role> roles, Duration validity) {
        OfflineLogin login = OfflineLogin.remember(SHOP, EMAIL, PASSWORD, user, tenant, roles, "Carla Cashier", REMEMBERED, validity);
        TerminalSettings.load(dir.resolve("terminal.json"), json).withLogin(SHOP, EMAIL).remember(login)
                .save(dir.resolve("terminal.json"), json);
    }

    private Session logIn(Instant now) {
        return logIn(now, PASSWORD);
    }

    private Session logIn(Instant now, String password) {
        try (Till till = new Till(nobody, dir, Clock.fixed(now, ZoneOffset.UTC))) {
            return till.login(SHOP, EMAIL, password);
        }
    }

    private Phrase loginScreen(Instant now) {
        try (Till till = new Till(nobody, dir, Clock.fixed(now, ZoneOffset.UTC))) {
            LoginViewModel screen = new LoginViewModel(till, Runnable::run, Runnable::run);
            screen.passwordProperty().set(PASSWORD);
            AtomicReference<LoginViewModel.LoggedIn> opened = new AtomicReference<>();
            screen.login(opened::set);
            assertThat(opened.get()).isNull();
            return screen.errorProperty().get();
        }
    }
}
