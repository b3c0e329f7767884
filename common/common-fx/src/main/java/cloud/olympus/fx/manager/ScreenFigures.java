package cloud.olympus.fx.manager;

import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.fx.watch.LiveChanges;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What one screen shows and where it stands: its figures, read off the UI thread, kept in the
 * {@link FigureStore}; when the server cannot be reached, the figures kept last time with the time
 * they are from ({@link #asOfProperty()}); what went wrong otherwise.
 *
 * @param <T> the screen's figures, a record the API's JSON mapper can write and read
 */
public final class ScreenFigures<T> {

    private final String screen;
    private final Class<T> type;
    private final FigureStore store;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> asOf = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    /** What to say when the server has no such figures at all (answers 404): a server older than the screen. */
    private volatile String missingKey;
    /** When the figures on screen were read from the server. */
    private volatile Instant readAt;
    /** What the figures on screen are kept under: the screen's name, with the location for one location's. */
    private volatile String shownKey;
    /** Counts {@link #cancel()}s: a reading begun before the last one is not shown. */
    private final java.util.concurrent.atomic.AtomicLong cancels = new java.util.concurrent.atomic.AtomicLong();
    /**
     * The figures changed live ({@link #set}, {@link #heard()}): a reading under way when one comes may be
     * older than the change, so it is not shown over it but asked for again.
     */
    private final LiveChanges changes = new LiveChanges();

    public ScreenFigures(String screen, Class<T> type, FigureStore store, Executor background, Executor ui) {
        this.screen = screen;
        this.type = type;
        this.store = store;
        this.background = background;
        this.ui = ui;
    }

    /** The figures shown; null before the first are had. */
    public ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** When the figures shown were read, while they are the ones kept from before; null while they are current. */
    public ReadOnlyObjectProperty<Instant> asOfProperty() {
        return asOf.getReadOnlyProperty();
    }

    /** What went wrong the last time they were asked for; {@link Phrase#NONE} when nothing did. */
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public T value() {
        return value.get();
    }

    /** Says {@code key} instead of "not found" when the server does not have these figures. */
    public ScreenFigures<T> missingSaidAs(String key) {
        this.missingKey = key;
        return this;
    }

    /** Reads the figures with {@code read}, off the UI thread; without the server, shows those kept. */
    public void load(Supplier<T> read) {
        loadPartly(failed -> read.get());
    }

    /**
     * Reads the figures as {@link #load(Supplier)} does, where {@code read} may tell of a part of them
     * it could not have (the rest is shown, with what went wrong as the screen's problem).
     */
    public void loadPartly(Function<Consumer<RuntimeException>, T> read) {
        loadPartly(null, read);
    }

    /**
     * Reads the figures of {@code place} (a location's id; null for the whole business) as
     * {@link #loadPartly(Function)} does; those kept are kept for that place alone, and without the
     * server another place's figures are not shown for it.
     */
    public void loadPartly(Object place, Function<Consumer<RuntimeException>, T> read) {
        loadPartly(place, read, false);
    }

    /** @param again whether this is the reading asked for once more after one overtaken by a live change */
    private void loadPartly(Object place, Function<Consumer<RuntimeException>, T> read, boolean again) {
        String key = place == null ? screen : screen + "-" + place;
        long begun = cancels.get();
        long mark = changes.mark();
        ui.execute(() -> loading.set(true));
        background.execute(() -> {
            try {
                List<RuntimeException> failures = new CopyOnWriteArrayList<>();
                T fresh = read.apply(failures::add);
                Phrase partly = failures.isEmpty() ? Phrase.NONE : Problems.phrase(failures.get(0));
                if (cancels.get() != begun) {
                    return;
                }
                ui.execute(() -> {
                    if (cancels.get() != begun) {
                        return;
                    }
                    if (changes.since(mark) && !again) {
                        // Overtaken by a live change: what is shown stays, and the figures are read again, once:
                        // under a steady run of changes the next reading is shown all the same, and the
                        // changes after it show as they come.
                        loadPartly(place, read, true);
                        return;
                    }
                    readAt = store.now();
                    shownKey = key;
                    background.execute(() -> store.keep(key, fresh));
                    value.set(fresh);
                    asOf.set(null);
                    problem.set(partly);
                    loading.set(false);
                });
            } catch (ServerUnreachableException e) {
                Instant shownSince = key.equals(shownKey) ? readAt : null;
                var kept = shownSince == null ? store.kept(key, type) : java.util.Optional.<FigureStore.Kept<T>>empty();
                ui.execute(() -> {
                    if (cancels.get() != begun) {
                        return;
                    }
                    if (shownSince != null) {
                        // The figures on screen stay; they are as old as the server's last answer.
                        asOf.set(shownSince);
                    } else if (kept.isPresent()) {
                        shownKey = key;
                        readAt = kept.get().asOf();
                        value.set(kept.get().value());
                        asOf.set(kept.get().asOf());
                    } else if (shownKey != null && !key.equals(shownKey)) {
                        // Another place's figures are not shown as this one's.
                        shownKey = null;
                        readAt = null;
                        value.set(null);
                        asOf.set(null);
                    }
                    problem.set(Problems.phrase(e));
                    loading.set(false);
                });
            } catch (RuntimeException e) {
                Phrase said = missingKey != null && e instanceof cloud.olympus.client.OlympusApiException refused
                        && refused.status() == 404 ? Phrase.of(missingKey) : Problems.phrase(e);
                ui.execute(() -> {
                    if (cancels.get() != begun) {
                        return;
                    }
                    problem.set(said);
                    loading.set(false);
                });
            }
        });
    }

    /** Stops waiting for the reading under way: its answer, when it comes, is not shown; what is on screen stays. */
    public void cancel() {
        cancels.incrementAndGet();
        ui.execute(() -> loading.set(false));
    }

    /**
     * Reads part of the figures with {@code read}, off the UI thread, and shows them merged with those
     * on screen then ({@code merge}; null before any), keeping the result (none when null); changes heard meanwhile stay.
     * What goes wrong is the screen's problem; the figures shown stay.
     */
    public <U> void update(Supplier<U> read, BiFunction<T, U, T> merge) {
        background.execute(() -> {
            try {
                U part = read.get();
                ui.execute(() -> {
                    T merged = merge.apply(value.get(), part);
                    if (merged != null) {
                        set(merged);
                    }
                });
            } catch (RuntimeException e) {
                Phrase said = Problems.phrase(e);
                ui.execute(() -> problem.set(said));
            }
        });
    }

    /**
     * A live change that the figures shown cannot take in (none are shown yet, say): a reading under way
     * is not shown, as it may be older than the change, but asked for again.
     */
    public void heard() {
        changes.heard();
    }

    /**
     * Shows figures that changed live (an event), keeping them as the latest; a reading under way is not
     * shown over them but asked for again.
     */
    public void set(T fresh) {
        changes.heard();
        readAt = store.now();
        String key = shownKey == null ? screen : shownKey;
        background.execute(() -> store.keep(key, fresh));
        ui.execute(() -> {
            value.set(fresh);
            asOf.set(null);
            problem.set(Phrase.NONE);
        });
    }
}
