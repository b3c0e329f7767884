package cloud.olympus.desktop.console;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.Session;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.desktop.till.Till;
import cloud.olympus.fx.manager.FigureStore;
import cloud.olympus.fx.manager.ScreenFigures;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.shell.ClientShell;
import cloud.olympus.fx.theme.ThemeManager;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;

/**
 * What the console's screens work in: the desktop app's shell (texts, theme, where slow work runs),
 * the terminal whose session they act with, who is signed in, and which part of the business the
 * screens show ({@link ConsoleScope}: the whole organisation or one location, picked in the header),
 * and the switch one screen opens another with ({@link ScreenSwitch}).
 */
public record ConsoleContext(ClientShell shell, Till till, Session session, ConsoleScope scope, ScreenSwitch screenSwitch) {

    /** A context showing the whole business until a location is picked. */
    public ConsoleContext(ClientShell shell, Till till, Session session) {
        this(shell, till, session, new ConsoleScope());
    }

    public ConsoleContext(ClientShell shell, Till till, Session session, ConsoleScope scope) {
        this(shell, till, session, scope, new ScreenSwitch());
    }

    /** The server as the signed-in person: a fresh token is taken when the old one runs out. */
    public OlympusApi api() {
        return till.api();
    }

    public Messages messages() {
        return shell.messages();
    }

    /** Where calls to the server and other slow work run; never the FX thread. */
    public ScheduledExecutorService background() {
        return shell.background();
    }

    /** Where results come back to: the FX thread. */
    public Executor ui() {
        return Platform::runLater;
    }

    /** Where screens keep the figures they last showed, for when the server cannot be reached. */
    public FigureStore figures() {
        return till.figures(session);
    }

    /** A screen's figures, read off the FX thread and kept in {@link #figures()} as {@code screen}. */
    public <T> ScreenFigures<T> figures(String screen, Class<T> type) {
        return new ScreenFigures<>(screen, type, figures(), background(), ui());
    }

    /** The business's own calls beyond the till's: figures, the assistant, labour. */
    public ManagerApi manager() {
        return new ManagerApi(api());
    }

    public ThemeManager theme() {
        return shell.theme();
    }
}
