package cloud.olympus.desktop.receipt;

import cloud.olympus.fx.i18n.Messages;
import java.util.Locale;

/** Why a receipt did not reach its printer, in terms the cashier can act on. */
public final class PrintFailure extends Exception {

    /** What went wrong; each has a sentence in the texts under {@code printer.problem.}. */
    public enum Reason { UNKNOWN_HOST, REFUSED, UNREACHABLE, TIMEOUT, NO_DEVICE, NOT_WRITABLE, NO_QUEUE, FAILED }

    private final Reason reason;
    private final String where;

    public PrintFailure(Reason reason, String where, Throwable cause) {
        super(reason + " " + where + (cause == null ? "" : ": " + detail(cause)), cause);
        this.reason = reason;
        this.where = where;
    }

    public Reason reason() {
        return reason;
    }

    /** The printer as the cashier knows it: host and port, device, queue or folder. */
    public String where() {
        return where;
    }

    /** A sentence for the cashier, in their language. */
    public String describe(Messages messages) {
        return messages.get("printer.problem." + reason.name().toLowerCase(Locale.ROOT), where,
                getCause() == null ? "" : detail(getCause()));
    }

    private static String detail(Throwable cause) {
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
