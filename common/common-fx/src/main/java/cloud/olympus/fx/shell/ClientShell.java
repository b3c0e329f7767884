package cloud.olympus.fx.shell;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.fx.connection.ConnectionViewModel;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.theme.ThemeManager;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * What every client sets up the same way: configuration, texts, theme, the API client and the
 * connection watch, and one background thread for work that must stay off the UI thread.
 */
public final class ClientShell implements AutoCloseable {

    private final ClientConfig config;
    private final Messages messages;
    private final ThemeManager theme = new ThemeManager();
    private final OlympusClient client;
    private final ConnectionViewModel connection;
    private final ScheduledExecutorService background;

    public ClientShell(ClientConfig config) {
        this.config = config;
        this.messages = Messages.forLocale(config.locale());
        this.client = new OlympusClient(config.serverUrl());
        // Once the app is closing, work still handed over (an answer that came in as the window went) is dropped.
        this.background = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "olympus-background");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.DiscardPolicy());
        this.connection = new ConnectionViewModel(client::isServerUp, Platform::runLater);
    }

    /** Themes the application, shows {@code root} on {@code stage} and starts watching the server. */
    public Scene show(Stage stage, Parent root, String titleKey, double width, double height, java.util.List<String> extra) {
        theme.apply(config.theme());
        Scene scene = new Scene(root, width, height);
        theme.style(scene, extra);
        stage.setTitle(messages.get(titleKey));
        stage.setScene(scene);
        stage.show();
        connection.start(background, Duration.ofSeconds(5));
        return scene;
    }

    public ThemeManager theme() {
        return theme;
    }

    public ScheduledExecutorService background() {
        return background;
    }

    public ClientConfig config() {
        return config;
    }

    public Messages messages() {
        return messages;
    }

    public OlympusClient client() {
        return client;
    }

    public ConnectionViewModel connection() {
        return connection;
    }

    @Override
    public void close() {
        connection.stop();
        background.shutdownNow();
    }
}
