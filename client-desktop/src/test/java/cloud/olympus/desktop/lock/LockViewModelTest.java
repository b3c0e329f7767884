package cloud.olympus.desktop.lock;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.PinHolder;
import cloud.olympus.client.api.Session;
import cloud.olympus.desktop.till.Till;
import cloud.olympus.fx.i18n.Phrase;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock screen's steps that need no server: a till nobody registered, a server that does not
 * answer, a locked PIN and a PIN too short. The PIN logins themselves are tried against a real
 * server in {@code TillLocksAndSwitchesUserTest}.
 */
class LockViewModelTest {

    @TempDir
    Path dir;

    private Till till;
    private final List<Session> unlocked = new ArrayList<>();
    private LockViewModel model;

    @BeforeEach
    void tillWithoutServer() throws Exception {
        String nobody;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobody = "http://127.0.0.1:" + free.getLocalPort();
        }
        till = new Till(nobody, dir, Clock.systemUTC());
        model = new LockViewModel(till, Runnable::run, Runnable::run, unlocked::add);
    }

    @AfterEach
    void close() {
        till.close();
    }

    @Test
    void aTillNobodyRegisteredOffersThePasswordLogin() {
        model.open();
        assertThat(model.stepProperty().get()).isEqualTo(LockViewModel.Step.LOGIN);
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.NONE);
    }

    @Test
    void aServerThatDoesNotAnswerLeavesThePasswordLoginThatWorksOffline() throws Exception {
        Files.writeString(dir.resolve("device-token"), "odt_test");
        model.open();
        assertThat(model.stepProperty().get()).isEqualTo(LockViewModel.Step.LOGIN);
        assertThat(model.problemProperty().get().key()).isEqualTo("lock.offline");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aLockedPinSaysToAskAManagerAndStaysWithThePeople() {
        model.choose(new PinHolder(UUID.randomUUID(), "Casey", true));
        assertThat(model.stepProperty().get()).isEqualTo(LockViewModel.Step.PEOPLE);
        assertThat(model.chosenProperty().get()).isNull();
        assertThat(model.problemProperty().get().key()).isEqualTo("lock.pin_locked");
    }

    @Test
    void aPinTooShortIsNotSent() {
        model.choose(new PinHolder(UUID.randomUUID(), "Casey", false));
        assertThat(model.stepProperty().get()).isEqualTo(LockViewModel.Step.PIN);
        "258".chars().forEach(c -> model.pin().type((char) c));
        model.submit();
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.of("lock.pin_short", 4, 6));
        assertThat(model.stepProperty().get()).isEqualTo(LockViewModel.Step.PIN);
        assertThat(unlocked).isEmpty();
        model.back();
        assertThat(model.pin().pin()).isEmpty();
    }

    @Test
    void thePeopleAreOneListThatKeepsItsListeners() {
        // A read-only view made afresh for each caller could be collected with the listener the lock screen adds.
        assertThat(model.people()).isSameAs(model.people());
    }
}
