package cloud.olympus.fx.watch;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.Problem;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.Tokens;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.watch.PairingViewModel.State;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Pairing as the watch goes through it, with the server's answers scripted and time moved by hand. */
class PairingViewModelTest {

    private final ManualLater time = new ManualLater();
    private final ScriptedServer server = new ScriptedServer();
    private int paired;
    private final PairingViewModel model = new PairingViewModel(server, "bella-cucina", time, Runnable::run, time,
            () -> paired++);

    @Test
    void showsTheCodeAndAsksEveryIntervalUntilItIsApproved() {
        server.codes.add(() -> code("BCDF-GHJK", 600, 5));
        model.start();
        assertThat(model.stateProperty().get()).isEqualTo(State.STARTING);
        time.runNext();
        assertThat(server.slugs).containsExactly("bella-cucina");
        assertThat(model.stateProperty().get()).isEqualTo(State.WAITING);
        assertThat(model.userCodeProperty().get()).isEqualTo("BCDF-GHJK");
        assertThat(model.expiresAtProperty().get()).isEqualTo(time.instant().plusSeconds(600));

        server.answers.add(() -> {
            throw refused("authorization-pending", Map.of("interval", 5));
        });
        server.answers.add(() -> new Tokens("access", "refresh", Instant.MAX));
        assertThat(time.nextDelay()).isEqualTo(Duration.ofSeconds(5));
        time.runNext();
        assertThat(model.stateProperty().get()).isEqualTo(State.WAITING);
        assertThat(time.nextDelay()).isEqualTo(Duration.ofSeconds(5));
        time.runNext();
        assertThat(server.polled).containsExactly("device-BCDF-GHJK", "device-BCDF-GHJK");
        assertThat(model.stateProperty().get()).isEqualTo(State.PAIRED);
        assertThat(paired).isEqualTo(1);
        assertThat(time.idle()).as("nothing more to ask").isTrue();
    }

    @Test
    void waitsLongerWhenToldToSlowDown() {
        server.codes.add(() -> code("BCDF-GHJK", 600, 5));
        model.start();
        time.runNext();
        server.answers.add(() -> {
            throw refused("slow-down", Map.of("interval", 10));
        });
        time.runNext();
        assertThat(time.nextDelay()).isEqualTo(Duration.ofSeconds(10));
        server.answers.add(() -> {
            throw refused("slow-down", Map.of());
        });
        time.runNext();
        assertThat(time.nextDelay()).as("five seconds more when the server does not say").isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void aCodeThatRunsOutIsReplacedByANewOne() {
        server.codes.add(() -> code("BCDF-GHJK", 10, 5));
        server.codes.add(() -> code("LMNP-QRST", 600, 5));
        model.start();
        time.runNext();
        server.answers.add(() -> {
            throw refused("authorization-pending", Map.of());
        });
        time.runNext();
        // The next ask would come when the code has run out: a new code instead.
        time.runNext();
        assertThat(model.userCodeProperty().get()).isEqualTo("LMNP-QRST");
        assertThat(server.polled).hasSize(1);
        // The server may say so itself, too.
        server.codes.add(() -> code("VWXZ-BCDF", 600, 5));
        server.answers.add(() -> {
            throw refused("expired-token", Map.of());
        });
        time.runNext();
        assertThat(model.userCodeProperty().get()).isEqualTo("VWXZ-BCDF");
        assertThat(model.stateProperty().get()).isEqualTo(State.WAITING);
    }

    @Test
    void aRefusedCodeIsSaidAndANewOneCanBeAskedFor() {
        server.codes.add(() -> code("BCDF-GHJK", 600, 5));
        model.start();
        time.runNext();
        server.answers.add(() -> {
            throw refused("access-denied", Map.of());
        });
        time.runNext();
        assertThat(model.stateProperty().get()).isEqualTo(State.DENIED);
        assertThat(Messages.forLocale(Locale.GERMAN).text(model.problemProperty().get())).isEqualTo("Der Code wurde abgelehnt.");
        assertThat(time.idle()).isTrue();

        server.codes.add(() -> code("LMNP-QRST", 600, 5));
        model.start();
        time.runNext();
        assertThat(model.stateProperty().get()).isEqualTo(State.WAITING);
        assertThat(model.userCodeProperty().get()).isEqualTo("LMNP-QRST");
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.NONE);
    }

    @Test
    void withoutTheServerTheCodeStaysOnScreenAndTheWatchTriesAgain() {
        server.codes.add(() -> {
            throw unreachable();
        });
        server.codes.add(() -> code("BCDF-GHJK", 600, 5));
        model.start();
        time.runNext();
        assertThat(model.stateProperty().get()).isEqualTo(State.STARTING);
        assertThat(Messages.forLocale(Locale.ENGLISH).text(model.problemProperty().get()))
                .isEqualTo("The server does not answer. Check the network and try again.");
        assertThat(time.nextDelay()).isEqualTo(PairingViewModel.RETRY);
        time.runNext();
        assertThat(model.userCodeProperty().get()).isEqualTo("BCDF-GHJK");

        server.answers.add(() -> {
            throw unreachable();
        });
        time.runNext();
        assertThat(model.stateProperty().get()).isEqualTo(State.WAITING);
        assertThat(model.userCodeProperty().get()).isEqualTo("BCDF-GHJK");
        assertThat(model.problemProperty().get()).isNotEqualTo(Phrase.NONE);
        server.answers.add(() -> new Tokens("access", "refresh", Instant.MAX));
        time.runNext();
        assertThat(model.stateProperty().get()).isEqualTo(State.PAIRED);
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.NONE);
    }

    @Test
    void anUnknownBusinessFailsWithTheServersReason() {
        server.codes.add(() -> {
            throw new OlympusApiException(new Problem("https://olympus.cloud/problems/not-found", "Not found", 404,
                    "Business not found", List.of(), Map.of()), null);
        });
        model.start();
        time.runNext();
        assertThat(model.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(Messages.forLocale(Locale.FRENCH).text(model.problemProperty().get()))
                .isEqualTo(Messages.forLocale(Locale.FRENCH).get("problem.not-found"));
        assertThat(time.idle()).isTrue();
    }

    @Test
    void closingStopsTheAsking() {
        server.codes.add(() -> code("BCDF-GHJK", 600, 5));
        model.start();
        time.runNext();
        model.close();
        assertThat(time.idle()).isTrue();
    }

    private static OlympusClient.DeviceCode code(String userCode, long expiresIn, long interval) {
        return new OlympusClient.DeviceCode("device-" + userCode, userCode, Duration.ofSeconds(expiresIn),
                Duration.ofSeconds(interval));
    }

    private static OlympusApiException refused(String kind, Map<String, Object> extra) {
        return new OlympusApiException(new Problem("https://olympus.cloud/problems/" + kind, kind, 400, kind, List.of(), extra),
                null);
    }

    private static ServerUnreachableException unreachable() {
        return new ServerUnreachableException("no answer", new IOException("connection refused"));
    }

    /** The server's side, answering what the test lined up, in order. */
    private static final class ScriptedServer implements PairingViewModel.Server {
        final Deque<Supplier<OlympusClient.DeviceCode>> codes = new ArrayDeque<>();
        final Deque<Supplier<Tokens>> answers = new ArrayDeque<>();
        final List<String> slugs = new ArrayList<>();
        final List<String> polled = new ArrayList<>();

        @Override
        public OlympusClient.DeviceCode requestCode(String tenantSlug) {
            slugs.add(tenantSlug);
            return codes.removeFirst().get();
        }

        @Override
        public Tokens redeem(String deviceCode) {
            polled.add(deviceCode);
            return answers.removeFirst().get();
        }
    }
}
