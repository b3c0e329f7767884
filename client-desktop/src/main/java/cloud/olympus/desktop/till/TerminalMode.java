package cloud.olympus.desktop.till;

import cloud.olympus.client.api.Session;
import cloud.olympus.model.auth.Permission;
import java.util.Locale;
import java.util.Optional;

/**
 * What the desktop app shows the person signed in: the till, where sales are rung up, or the
 * console, where the business is run (figures, catalogue, staff, settings). Cashiers get the till;
 * whoever may read the reports or change the business's settings (owners, admins, managers) may
 * use the console and switch between the two.
 */
public enum TerminalMode {
    TILL,
    CONSOLE;

    /** Whether {@code session} may use the console. */
    public static boolean consoleAllowed(Session session) {
        return session.may(Permission.REPORTS_VIEW) || session.may(Permission.TENANT_SETTINGS);
    }

    /**
     * The mode to open for {@code session}: the till for those who may not use the console; for the
     * others the one asked for when the app was started ({@code --mode}), else the one this terminal
     * was left in last, else the console.
     */
    public static TerminalMode opening(Session session, Optional<TerminalMode> asked, Optional<TerminalMode> last) {
        if (!consoleAllowed(session)) {
            return TILL;
        }
        return asked.or(() -> last).orElse(CONSOLE);
    }

    /** {@code till} or {@code console} as written on the command line or in the terminal's settings; empty for anything else. */
    public static Optional<TerminalMode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "till" -> Optional.of(TILL);
            case "console" -> Optional.of(CONSOLE);
            default -> Optional.empty();
        };
    }

    /** The name written in the terminal's settings. */
    public String written() {
        return name().toLowerCase(Locale.ROOT);
    }
}
