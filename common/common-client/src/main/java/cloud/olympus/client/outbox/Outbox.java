package cloud.olympus.client.outbox;

import cloud.olympus.client.NotLoggedInException;
import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderDraft;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The till's promise that no sale is lost or doubled. A sale is written to disk before anything
 * else (a new file, flushed to the device, then renamed into place: it is either wholly there or
 * not at all), then sent to the server under its own id as idempotency key, with its payments
 * under keys derived from it. Whatever happens in between (the app killed, the network gone, an
 * answer lost), sending again gives the same order, never a second one.
 *
 * <p>Sales the server refuses for good (an item sold out meanwhile) move to {@code failed/} with
 * the server's reason, for a person to look at; they are never dropped.
 */
public class Outbox implements AutoCloseable {

    private static final String SUFFIX = ".json";
    private static final String TEMP_PREFIX = ".writing-";
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final Path pending;
    private final Path sent;
    private final Path failed;
    private final OlympusApi api;
    private final JsonMapper json;
    private final Clock clock;
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "olympus-outbox");
        thread.setDaemon(true);
        return thread;
    });
    private Duration backoff = Duration.ofSeconds(1);
    private volatile State state;

    /** What the outbox holds and whether the server took the last attempt. */
    public record State(int pending, int failed, boolean reachable, String lastProblem) {
    }

    public Outbox(Path directory, OlympusApi api, Clock clock) {
        this.pending = directory.resolve("pending");
        this.sent = directory.resolve("sent");
        this.failed = directory.resolve("failed");
        this.api = api;
        this.clock = clock;
        this.json = api.client().json();
        try {
            Files.createDirectories(pending);
            Files.createDirectories(sent);
            Files.createDirectories(failed);
            discardTornWrites();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.state = new State(count(pending), count(failed), true, null);
    }

    /**
     * Keeps a sale durably. When this returns, the sale survives a crash of the app or the
     * machine; until it returns, it does not exist.
     */
    public void add(OrderDraft sale) {
        String name = clock.millis() + "-" + sale.id() + SUFFIX;
        Path temp = pending.resolve(TEMP_PREFIX + name);
        Path target = pending.resolve(name);
        try {
            byte[] bytes = json.writeValueAsBytes(sale);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move(temp, target);
            syncDirectory(pending);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the sale " + sale.id(), e);
        }
        publish(state.reachable(), state.lastProblem());
    }

    /** Sends in the background: now, and again after each sale and each failure, backing off while the server is away. */
    public void start() {
        sender.execute(this::flushAndReschedule);
    }

    /** Asks the background sender to try now. */
    public void kick() {
        sender.execute(this::flush);
    }

    /**
     * Sends every kept sale, oldest first, on the calling thread. Stops at the first sale the
     * server cannot be reached for; answers whether everything went.
     */
    public synchronized boolean flush() {
        for (Path file : list(pending)) {
            OrderDraft sale;
            try {
                sale = json.readValue(Files.readAllBytes(file), OrderDraft.class);
            } catch (IOException | RuntimeException e) {
                moveQuietly(file, failed.resolve(file.getFileName()));
                publish(state.reachable(), "A kept sale could not be read: " + file.getFileName());
                continue;
            }
            try {
                send(sale);
                move(file, sent.resolve(file.getFileName()));
                backoff = Duration.ofSeconds(1);
                publish(true, null);
            } catch (ServerUnreachableException e) {
                publish(false, e.getMessage());
                return false;
            } catch (NotLoggedInException e) {
                // An offline session: the sale waits until the till has logged in with the server.
                publish(state.reachable(), e.getMessage());
                return false;
            } catch (OlympusApiException e) {
                if (e.status() >= 500 || e.status() == 429) {
                    publish(true, e.getMessage());
                    return false;
                }
                refuse(file, e);
            } catch (IOException e) {
                publish(state.reachable(), e.getMessage());
                return false;
            }
        }
        return true;
    }

    public State state() {
        return state;
    }

    public void onChange(Consumer<State> listener) {
        listeners.add(listener);
        listener.accept(state);
    }

    /** The sales the server refused, with its reason, for a person to look at. */
    public List<Refused> refused() {
        List<Refused> refused = new ArrayList<>();
        for (Path file : list(failed)) {
            try {
                OrderDraft sale = json.readValue(Files.readAllBytes(file), OrderDraft.class);
                Path reason = failed.resolve(file.getFileName() + ".problem");
                refused.add(new Refused(sale, Files.exists(reason) ? Files.readString(reason) : "unreadable"));
            } catch (IOException | RuntimeException e) {
                refused.add(new Refused(null, "unreadable: " + file.getFileName()));
            }
        }
        return refused;
    }

    public record Refused(OrderDraft sale, String reason) {
    }

    private void send(OrderDraft sale) {
        api.placeOrder(sale);
        for (int i = 0; i < sale.tenders().size(); i++) {
            api.pay(sale.id(), sale.tenders().get(i), sale.id() + ":tender:" + i);
        }
    }

    private void refuse(Path file, OlympusApiException e) {
        try {
            Files.writeString(failed.resolve(file.getFileName() + ".problem"), e.getMessage());
            move(file, failed.resolve(file.getFileName()));
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        publish(true, e.getMessage());
    }

    private void flushAndReschedule() {
        boolean done;
        try {
            done = flush();
        } catch (RuntimeException e) {
            done = false;
        }
        Duration next = done ? Duration.ofSeconds(5) : backoff;
        if (!done) {
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
        if (!sender.isShutdown()) {
            sender.schedule(this::flushAndReschedule, next.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void publish(boolean reachable, String problem) {
        state = new State(count(pending), count(failed), reachable, problem);
        listeners.forEach(l -> l.accept(state));
    }

    /** A file still named as being written is a sale whose keeping never finished: it was never taken. */
    private void discardTornWrites() throws IOException {
        try (Stream<Path> files = Files.list(pending)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(TEMP_PREFIX)).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(SUFFIX) && !name.startsWith(TEMP_PREFIX);
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(Path dir) {
        return list(dir).size();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void moveQuietly(Path from, Path to) {
        try {
            move(from, to);
        } catch (IOException ignored) {
            // Left where it is; the next flush tries again.
        }
    }

    /** Makes a rename durable: on Linux the directory entry needs its own flush. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Not every platform can open a directory; the rename is still atomic there.
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }

    /** Pending sales' ids, oldest first; for display and tests. */
    public List<String> pendingIds() {
        return list(pending).stream().map(p -> p.getFileName().toString())
                .map(n -> n.substring(n.indexOf('-') + 1, n.length() - SUFFIX.length())).toList();
    }

}
