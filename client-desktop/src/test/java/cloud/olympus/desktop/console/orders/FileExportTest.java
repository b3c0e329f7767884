package cloud.olympus.desktop.console.orders;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.fx.i18n.Phrase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two exports to the same file at once (the reports' and the orders' copy of all data) each finish whole. */
class FileExportTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path dir;

    @Test
    void twoExportsToOneFileDoNotWriteIntoEachOther() throws Exception {
        Path file = dir.resolve("olympus-data.zip");
        FileExport first = new FileExport(OrdersScreen.OWN_THREAD, NOW);
        FileExport second = new FileExport(OrdersScreen.OWN_THREAD, NOW);
        CountDownLatch firstWriting = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        first.start(file, "console.export", (out, progress, cancellation) -> {
            out.write("first-".getBytes(StandardCharsets.UTF_8));
            out.flush();
            firstWriting.countDown();
            try {
                assertThat(secondDone.await(20, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write("whole".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(firstWriting.await(20, TimeUnit.SECONDS)).isTrue();
        second.start(file, "console.export", (out, progress, cancellation) -> out.write("second".getBytes(StandardCharsets.UTF_8)));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !second.runningProperty().get());
        assertThat(second.outcomeProperty().get()).isEqualTo(Phrase.of("console.export.saved", "olympus-data.zip"));
        assertThat(Files.readString(file)).isEqualTo("second");
        secondDone.countDown();

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !first.runningProperty().get());
        assertThat(first.outcomeProperty().get()).isEqualTo(Phrase.of("console.export.saved", "olympus-data.zip"));
        assertThat(Files.readString(file)).as("the later one in place, whole").isEqualTo("first-whole");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }
}
