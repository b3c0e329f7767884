package cloud.olympus.fx.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ClientShellTest {

    @Test
    void workHandedOverWhileTheAppClosesIsDroppedWithoutAnError() throws Exception {
        ClientShell shell = new ClientShell(ClientConfig.from(Map.of(), name -> null));
        CountDownLatch ran = new CountDownLatch(1);
        shell.background().execute(ran::countDown);
        assertThat(ran.await(10, TimeUnit.SECONDS)).as("work runs while the app is open").isTrue();

        shell.close();
        AtomicBoolean late = new AtomicBoolean();
        assertThatCode(() -> shell.background().execute(() -> late.set(true))).doesNotThrowAnyException();
        assertThatCode(() -> shell.background().schedule(() -> late.set(true), 1, TimeUnit.MILLISECONDS))
                .doesNotThrowAnyException();
        assertThat(shell.background().awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(late).as("nothing runs after the app closed").isFalse();
    }
}
