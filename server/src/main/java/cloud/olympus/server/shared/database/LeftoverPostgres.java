package cloud.olympus.server.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL still running on our data folder although no server holds the folder: what a
 * server killed without warning leaves behind. It is stopped the way PostgreSQL likes best (fast
 * shutdown: open transactions roll back, everything committed stays), so the next start finds the
 * folder free. A process that only inherited the number in {@code postmaster.pid} is left alone
 * (the stale file goes); one that cannot be inspected stops the start with a message, since killing
 * a stranger or starting a second postmaster on the folder would both be worse.
 */
final class LeftoverPostgres {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostgres.class);
    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(60);
    private static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(15);

    private LeftoverPostgres() {
    }

    /** Stops the PostgreSQL left running on {@code pgData}, if any. The caller holds the folder's lock. */
    static void stop(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0))
                .flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // PostgreSQL clears a stale file of a dead postmaster by itself
        }
        ProcessHandle postmaster = process.get();
        if (!runsOn(postmaster, pgData)) {
            log.info("Removing {}: process {} is not a PostgreSQL of this folder", pidFile, postmaster.pid());
            Files.delete(pidFile);
            return;
        }
        log.warn("Stopping the PostgreSQL (process {}) left running on {} by a server that ended without stopping it",
                postmaster.pid(), pgData);
        signal(postmaster, "INT");
        if (awaitExit(postmaster, FAST_SHUTDOWN)) {
            return;
        }
        log.warn("PostgreSQL (process {}) did not stop within {} s; shutting it down at once", postmaster.pid(),
                FAST_SHUTDOWN.toSeconds());
        signal(postmaster, "QUIT");
        if (!awaitExit(postmaster, IMMEDIATE_SHUTDOWN)) {
            throw new DatabaseUnavailable("PostgreSQL (process " + postmaster.pid() + ") still runs on " + pgData
                    + " and would not stop.", "Stop it by hand, then start the server again.");
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the process is a postgres binary serving exactly this data folder. */
    static boolean runsOn(ProcessHandle process, Path pgData) throws IOException {
        ProcessHandle.Info info = process.info();
        Optional<String> command = info.command();
        Optional<String[]> arguments = info.arguments();
        if (command.isEmpty() || arguments.isEmpty()) {
            throw new DatabaseUnavailable("Process " + process.pid() + " named in " + pgData.resolve("postmaster.pid")
                    + " is running and cannot be inspected.", "If it is a PostgreSQL, stop it, then start the server again.");
        }
        if (!Path.of(command.get()).getFileName().toString().equals("postgres")) {
            return false;
        }
        String[] args = arguments.get();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-D")) {
                Path served = Path.of(args[i + 1]);
                return Files.exists(served) && Files.isSameFile(served, pgData);
            }
        }
        return false;
    }

    private static void signal(ProcessHandle process, String signal) throws IOException {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                process.destroy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL", e);
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) throws IOException {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL", e);
        }
    }
}
