package cloud.olympus.watch;

import cloud.olympus.fx.shell.ClientShell;
import cloud.olympus.fx.shell.OlympusApplication;
import cloud.olympus.fx.theme.ThemeManager;
import cloud.olympus.fx.watch.Vibration;
import cloud.olympus.fx.watch.WatchAppViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Parent;

/**
 * The glance app for kitchen and floor staff on a wearable: paired from the till, then one card
 * per screen. Dark by default. {@code --shape=round} (or {@code OLYMPUS_WATCH_SHAPE}) for a round
 * face of 454 × 454, otherwise rectangular, 396 × 484; {@code --tenant} (or {@code OLYMPUS_TENANT})
 * names the business it pairs with.
 */
public class WatchApp extends OlympusApplication {

    /** The demo restaurant, for a watch started without a business. */
    static final String DEFAULT_TENANT = "bella-cucina";
    private static final Duration POLL_EVERY = Duration.ofSeconds(5);

    private WatchShape shape = WatchShape.RECTANGULAR;
    private WatchAppViewModel model;

    @Override
    protected String titleKey() {
        return "app.watch.title";
    }

    @Override
    protected Parent firstView(ClientShell shell) {
        shape = WatchShape.parse(shell.config().option("shape", "OLYMPUS_WATCH_SHAPE", "rectangular", System::getenv));
        String tenant = shell.config().option("tenant", "OLYMPUS_TENANT", DEFAULT_TENANT, System::getenv);
        // On a device this is Gluon Attach's vibration; the desktop has nothing to vibrate.
        model = new WatchAppViewModel(shell.client().identifyAs("watch"), tenant, shell.background(), Platform::runLater,
                Clock.systemUTC(), Vibration.NONE, POLL_EVERY);
        WatchRoot root = new WatchRoot(model, shape, shell.messages());
        model.start();
        return root;
    }

    /** The view on the face (pairing, then the cards) rather than the face itself. */
    @Override
    protected String shownView(Parent root) {
        for (javafx.scene.Node child : root.getChildrenUnmodifiable()) {
            String id = firstId(child);
            if (id != null) {
                return id;
            }
        }
        return firstId(root);
    }

    @Override
    protected ThemeManager.Mode defaultTheme() {
        return ThemeManager.Mode.DARK;
    }

    @Override
    protected List<String> stylesheets() {
        return List.of(Objects.requireNonNull(WatchApp.class.getResource("/cloud/olympus/watch/watch.css")).toExternalForm());
    }

    @Override
    protected double width() {
        return shape.width();
    }

    @Override
    protected double height() {
        return shape.height();
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
        super.stop();
    }
}
