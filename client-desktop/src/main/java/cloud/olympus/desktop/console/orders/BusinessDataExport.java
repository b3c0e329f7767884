package cloud.olympus.desktop.console.orders;

import cloud.olympus.client.api.Session;
import cloud.olympus.client.manager.OrderBook;
import cloud.olympus.model.auth.Permission;
import java.nio.file.Path;
import java.util.concurrent.Executor;

/**
 * A copy of all the business's data, a zip of one CSV per table, saved in the background with its
 * progress and a way to stop it; offered where the person may take it ({@code data_export}), on
 * Orders and on Reports alike.
 */
public final class BusinessDataExport {

    private final OrderBook book;
    private final Session session;
    private final FileExport export;

    /** @param files where the copy is written: a thread of its own, so a long one does not hold up the screens */
    public BusinessDataExport(OrderBook book, Session session, Executor files, Executor ui) {
        this.book = book;
        this.session = session;
        this.export = new FileExport(files, ui);
    }

    /** Whether the person may take a copy of everything. */
    public boolean allowed() {
        return session.may(Permission.DATA_EXPORT);
    }

    /** The copy under way, or the last one: its progress in bytes, how it ended. */
    public FileExport export() {
        return export;
    }

    /** Saves the copy to {@code file}; nothing happens while one is being saved. */
    public void start(Path file) {
        export.start(file, "console.orders.data", (out, progress, cancelled) -> book.exportEverything(out, progress, cancelled));
    }
}
