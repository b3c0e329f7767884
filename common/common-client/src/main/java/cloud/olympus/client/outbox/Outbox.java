package cloud.olympus.client.outbox;

import cloud.olympus.client.files.DurableFiles;
import cloud.olympus.client.NotLoggedInException;
import cloud.olympus.client.SessionEndedException;
import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderDraft;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The till's promise that no sale is lost or doubled. A sale is written to disk before anything
 * else (a new file, flushed to the device, then renamed into place: it is either wholly there or
 * not at all), then sent to the server in one request under its own id as idempotency key.
 * Whatever happens in between (the app killed, the network gone, an answer lost), sending again
 * gives the same sale, never a second one.
 *
 * <p>It never gives up on a paid sale. A session the server ended waits for the cashier to log in
 * again ({@link State#needsLogin()}); a busy or unreachable server is tried again later. Only a
 * refusal saying the sale cannot be recorded as it is (422; 400 for a sale the server cannot read;
 * 409 for an id another sale already has) moves it to {@code failed/}, with the server's reason, where it waits for a person: a manager retries it or discards it with a reason, and a
 * discarded sale is kept in {@code discarded/}, never deleted. Sent sales stay in {@code sent/} for
 * {@link #KEEP_SENT} and are then trimmed, so a till that sells for years does not fill its disk.
 */
public class Outbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private static final String SUFFIX = ".json";
    private static final String TEMP_PREFIX = DurableFiles.TEMPORARY_PREFIX;
    /** Beside a discarded sale: who decided, when and why. */
    private static final String DECIDED = ".discarded";
    /** Beside a decision: the server was told (empty), or will never take it (its reason). */
    private static final String REPORTED = ".reported";
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** How long sent sales stay on the terminal. */
    public static final Duration KEEP_SENT = Duration.ofDays(30);

    private final Path pending;
    private final Path sent;
    private final Path failed;
    private final Path discarded;
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

    /**
     * What the outbox holds: sales still to send, sales waiting for a person ({@code failed}),
     * whether the server answered the last attempt, and whether the session ended and the cashier
     * must log in again before anything more can go.
     */
    public record State(int pending, int failed, boolean reachable, String lastProblem, boolean needsLogin) {
    }

    public Outbox(Path directory, OlympusApi api, Clock clock) {
        this.pending = directory.resolve("pending");
        this.sent = directory.resolve("sent");
        this.failed = directory.resolve("failed");
        this.discarded = directory.resolve("discarded");
        this.api = api;
        this.clock = clock;
        this.json = api.client().json();
        try {
            Files.createDirectories(pending);
            Files.createDirectories(sent);
            Files.createDirectories(failed);
            Files.createDirectories(discarded);
            discardTornWrites();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.state = new State(count(pending), count(failed), true, null, false);
    }

    /**
     * Keeps a sale durably. When this returns, the sale survives a crash of the app or the
     * machine; until it returns, it does not exist.
     */
    public void add(OrderDraft sale) {
        String name = clock.millis() + "-" + sale.id() + SUFFIX;
        try {
            DurableFiles.write(pending.resolve(name), json.writeValueAsBytes(sale));
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the sale " + sale.id(), e);
        }
        publish(state.reachable(), state.lastProblem(), state.needsLogin());
    }

    /**
     * Sends in the background: now, and again after each sale and each failure, backing off while the
     * server is away; trims what was sent long ago once a day.
     */
    public void start() {
        sender.execute(this::flushAndReschedule);
        sender.scheduleWithFixedDelay(() -> trimSent(KEEP_SENT), 0, 1, TimeUnit.DAYS);
    }

    /** Asks the background sender to try now. */
    public void kick() {
        sender.execute(this::flush);
    }

    /**
     * Sends every kept sale, oldest first, on the calling thread. Stops at the first sale the
     * server cannot take now (unreachable, busy, or the session over); answers whether everything went.
     */
    public synchronized boolean flush() {
        boolean all = true;
        for (Path file : list(pending)) {
            OrderDraft sale;
            try {
                sale = json.readValue(Files.readAllBytes(file), OrderDraft.class);
            } catch (IOException | RuntimeException e) {
                LOG.warn("The kept sale {} cannot be read; it is set aside for a person to look at", file.getFileName(), e);
                moveQuietly(file, failed.resolve(file.getFileName()));
                writeProblemQuietly(file.getFileName(), new Stored("unreadable", "The kept sale could not be read", null, 0));
                publish(state.reachable(), "A kept sale could not be read: " + file.getFileName(), false);
                continue;
            }
            try {
                send(sale);
                move(file, sent.resolve(file.getFileName()));
                backoff = Duration.ofSeconds(1);
                publish(true, null, false);
            } catch (ServerUnreachableException e) {
                publish(false, e.getMessage(), false);
                return false;
            } catch (SessionEndedException e) {
                // The server ended the session: the sale waits for the cashier to log in again.
                publish(true, e.getMessage(), true);
                return false;
            } catch (NotLoggedInException e) {
                // An offline session: the sale waits until the till has logged in with the server.
                publish(state.reachable(), e.getMessage(), false);
                return false;
            } catch (OlympusApiException e) {
                if (e.status() == 422 || e.status() == 409 || e.status() == 400) {
                    // Cannot be recorded as it is (or its id is another sale's): sending it again will not help.
                    refuse(file, e);
                    continue;
                }
                if (e.status() == 401) {
                    publish(true, e.getMessage(), true);
                    return false;
                }
                // Busy, an older server, or something a person must set right (a role that may not sell): the
                // sale stays and is tried again; the others go on meanwhile.
                publish(true, e.getMessage(), false);
                if (e.status() >= 500 || e.status() == 429 || e.status() == 408) {
                    return false;
                }
                all = false;
            } catch (IOException e) {
                publish(state.reachable(), e.getMessage(), false);
                return false;
            }
        }
        return reportDiscarded() && all;
    }

    /**
     * Tells the server of each sale a manager discarded and it has not heard of yet, so the business
     * knows of a sale rung and never recorded; a report the server answered is marked
     * {@code .reported} beside the decision. Answers false when the server cannot be told now.
     */
    private boolean reportDiscarded() {
        for (Path decision : listDecisions()) {
            String saleName = decision.getFileName().toString().substring(0,
                    decision.getFileName().toString().length() - DECIDED.length());
            Path reported = discarded.resolve(saleName + REPORTED);
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> decided = json.readValue(Files.readAllBytes(decision), Map.class);
                OrderDraft sale = readSaleQuietly(discarded.resolve(saleName));
                Object problem = decided.get("problem") instanceof Map<?, ?> p ? p.get("kind") : null;
                api.reportDiscardedSale(new OlympusApi.DiscardedSale(
                        sale != null ? sale.id() : saleIdOf(saleName), sale == null ? null : sale.terminalId(),
                        sale == null ? null : sale.rungAt(), sale == null ? null : sale.total(), (String) decided.get("reason"),
                        (String) decided.get("by"), Instant.parse((String) decided.get("at")),
                        problem == null ? null : problem.toString()));
                DurableFiles.write(reported, new byte[0]);
            } catch (ServerUnreachableException | NotLoggedInException e) {
                return false;
            } catch (OlympusApiException e) {
                if (e.status() >= 500 || e.status() == 429 || e.status() == 408 || e.status() == 401) {
                    return false;
                }
                // The server will never take this report as it is; it is not asked again. The decision stays on the till.
                LOG.warn("The server refused the report of the discarded sale {}: {}", saleName, e.getMessage());
                writeQuietly(reported, e.getMessage().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                LOG.warn("The discarded sale {} cannot be reported; it is not asked again", saleName, e);
                writeQuietly(reported, String.valueOf(e.getMessage()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return true;
    }

    private List<Path> listDecisions() {
        try (Stream<Path> files = Files.list(discarded)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX + DECIDED))
                    .filter(f -> !Files.exists(discarded.resolve(f.getFileName().toString()
                            .substring(0, f.getFileName().toString().length() - DECIDED.length()) + REPORTED)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OrderDraft readSaleQuietly(Path file) {
        try {
            return json.readValue(Files.readAllBytes(file), OrderDraft.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The sale's id from its file's name, {@code <millis>-<id>.json}. */
    private static java.util.UUID saleIdOf(String saleName) {
        return java.util.UUID.fromString(saleName.substring(saleName.indexOf('-') + 1, saleName.length() - SUFFIX.length()));
    }

    private static void writeQuietly(Path file, byte[] content) {
        try {
            DurableFiles.write(file, content);
        } catch (IOException e) {
            LOG.warn("{} could not be written", file, e);
        }
    }

    public State state() {
        return state;
    }

    public void onChange(Consumer<State> listener) {
        listeners.add(listener);
        listener.accept(state);
    }

    /** The sales the server could not record, with its reason, for a person to look at; oldest first. */
    public List<Refused> refused() {
        List<Refused> refused = new ArrayList<>();
        for (Path file : list(failed)) {
            Stored problem = readProblem(file.getFileName());
            try {
                OrderDraft sale = json.readValue(Files.readAllBytes(file), OrderDraft.class);
                refused.add(new Refused(key(file), sale, problem));
            } catch (IOException | RuntimeException e) {
                LOG.warn("The sale {} set aside cannot be read back", file.getFileName(), e);
                refused.add(new Refused(key(file), null, problem));
            }
        }
        return refused;
    }

    /**
     * A sale waiting for a person: {@code key} names it in the outbox, {@code sale} is null when the
     * kept file could not be read, {@code problem} is what the server said.
     */
    public record Refused(String key, OrderDraft sale, Stored problem) {
    }

    /** Why the server refused a sale: the problem's kind (for a translated sentence), its words, and the field. */
    public record Stored(String kind, String detail, String field, int status) {
    }

    /** A person asks for the sale to be sent again (the catalogue or the sale was set right). */
    public synchronized void retry(String key) {
        Path file = failed.resolve(key + SUFFIX);
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("no sale " + key + " is waiting");
        }
        try {
            move(file, pending.resolve(file.getFileName()));
            Files.deleteIfExists(problemFile(file.getFileName()));
            syncDirectory(pending);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        publish(state.reachable(), null, state.needsLogin());
        kick();
    }

    /**
     * A manager decides the sale will not be sent: it is kept in {@code discarded/} with who decided,
     * when and why; nothing is deleted.
     */
    public synchronized void discard(String key, String reason, String by) {
        Path file = failed.resolve(key + SUFFIX);
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("no sale " + key + " is waiting");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is needed to discard a sale");
        }
        try {
            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put("reason", reason.trim());
            decision.put("by", by);
            decision.put("at", clock.instant().toString());
            decision.put("problem", readProblem(file.getFileName()));
            Files.write(discarded.resolve(file.getFileName() + DECIDED), json.writeValueAsBytes(decision));
            move(file, discarded.resolve(file.getFileName()));
            Files.deleteIfExists(problemFile(file.getFileName()));
            syncDirectory(discarded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        publish(state.reachable(), null, state.needsLogin());
        kick();
    }

    /** The cashier has logged in again: whatever waited for it goes now. */
    public void loggedIn() {
        publish(state.reachable(), null, false);
        kick();
    }

    /** Deletes sent sales older than {@code keep}; the server has them. Answers how many went. */
    public int trimSent(Duration keep) {
        long cutoff = clock.millis() - keep.toMillis();
        int trimmed = 0;
        for (Path file : list(sent)) {
            String name = file.getFileName().toString();
            try {
                if (Long.parseLong(name.substring(0, name.indexOf('-'))) < cutoff) {
                    Files.deleteIfExists(file);
                    trimmed++;
                }
            } catch (IOException | RuntimeException e) {
                // A name not of ours, or a file in use: left for next time.
                LOG.debug("Sent sale {} not trimmed: {}", name, e.toString());
            }
        }
        return trimmed;
    }

    private void send(OrderDraft sale) {
        if (sale.isFinishedSale()) {
            api.recordSale(sale);
            return;
        }
        // Kept by an earlier version of the till, without its prices and totals: sent the way it was then.
        api.placeOrder(sale);
        for (int i = 0; i < sale.tenders().size(); i++) {
            api.pay(sale.id(), sale.tenders().get(i), sale.id() + ":tender:" + i);
        }
    }

    private void refuse(Path file, OlympusApiException e) {
        Object field = e.problem().extra().get("field");
        try {
            writeProblem(file.getFileName(), new Stored(e.problem().kind(), e.getMessage(), field == null ? null : field.toString(),
                    e.status()));
            move(file, failed.resolve(file.getFileName()));
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        publish(true, e.getMessage(), false);
    }

    private Path problemFile(Path saleFile) {
        return failed.resolve(saleFile + ".problem");
    }

    private void writeProblem(Path saleFile, Stored problem) throws IOException {
        Files.write(problemFile(saleFile), json.writeValueAsBytes(problem));
    }

    private void writeProblemQuietly(Path saleFile, Stored problem) {
        try {
            writeProblem(saleFile, problem);
        } catch (IOException e) {
            // The sale is aside either way; without its reason it says "unreadable".
            LOG.warn("Why the sale {} was set aside could not be written", saleFile, e);
        }
    }

    private Stored readProblem(Path saleFile) {
        Path file = problemFile(saleFile);
        try {
            return Files.exists(file) ? json.readValue(Files.readAllBytes(file), Stored.class)
                    : new Stored("unreadable", null, null, 0);
        } catch (IOException | RuntimeException e) {
            // Written by an earlier version as plain words.
            try {
                return new Stored("refused", Files.readString(file), null, 0);
            } catch (IOException io) {
                LOG.warn("Why the sale {} was set aside cannot be read", saleFile, io);
                return new Stored("unreadable", null, null, 0);
            }
        }
    }

    private static String key(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    private void flushAndReschedule() {
        boolean done;
        try {
            done = flush();
        } catch (RuntimeException e) {
            LOG.warn("Sending kept sales failed; trying again later", e);
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

    private void publish(boolean reachable, String problem, boolean needsLogin) {
        state = new State(count(pending), count(failed), reachable, problem, needsLogin);
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
        DurableFiles.move(from, to);
    }

    private static void moveQuietly(Path from, Path to) {
        try {
            move(from, to);
        } catch (IOException e) {
            // Left where it is; the next flush tries again.
            LOG.warn("Could not move {} to {}; trying again at the next send", from, to, e);
        }
    }

    private static void syncDirectory(Path dir) {
        DurableFiles.syncFolder(dir);
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
