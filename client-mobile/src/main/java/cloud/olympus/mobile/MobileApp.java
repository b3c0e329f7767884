package cloud.olympus.mobile;

import cloud.olympus.fx.manager.FigureStore;
import cloud.olympus.fx.manager.ManagerAppViewModel;
import cloud.olympus.fx.shell.ClientShell;
import cloud.olympus.fx.shell.OlympusApplication;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Parent;

/**
 * The manager's app for tablets and phones; runs on the desktop JVM too, where {@code --tablet}
 * (1280 × 800, the default), {@code --tablet --portrait} (800 × 1280) or {@code --phone} (390 × 844)
 * picks the window. {@code --tenant} (or {@code OLYMPUS_TENANT}) fills in the business; the last
 * figures of each screen are kept under {@code --data} (or {@code OLYMPUS_DATA_DIR}, else
 * {@code ~/.olympus/manager}), in a folder per business and person that signing out deletes.
 */
public class MobileApp extends OlympusApplication {

    /** The demo restaurant, for an app started without a business. */
    static final String DEFAULT_TENANT = "bella-cucina";

    private ManagerAppViewModel model;

    @Override
    protected String titleKey() {
        return "app.mobile.title";
    }

    @Override
    protected Parent firstView(ClientShell shell) {
        String tenant = shell.config().option("tenant", "OLYMPUS_TENANT", DEFAULT_TENANT, System::getenv);
        Path data = Path.of(shell.config().option("data", "OLYMPUS_DATA_DIR",
                Path.of(System.getProperty("user.home"), ".olympus", "manager").toString(), System::getenv));
        var messages = shell.messages();
        List<String> examples = IntStream.rangeClosed(1, 4).mapToObj(i -> messages.get("mobile.ask.example." + i)).toList();
        model = new ManagerAppViewModel(shell.client().identifyAs("tablet"), tenant,
                new FigureStore(data.resolve("figures"), shell.client().json(), Clock.systemUTC()), shell.background(),
                Platform::runLater, Clock.systemUTC(), ZoneId.systemDefault(), messages.locale().getLanguage(), examples);
        return new MobileRoot(model, shell, new KeyboardBarcodeSource());
    }

    @Override
    protected List<String> stylesheets() {
        return List.of(Objects.requireNonNull(MobileApp.class.getResource("/cloud/olympus/mobile/mobile.css")).toExternalForm());
    }

    @Override
    protected double width() {
        return size().width();
    }

    @Override
    protected double height() {
        return size().height();
    }

    /** The window the launch options ask for. */
    DeviceSize size() {
        List<String> flags = getParameters() == null ? List.of() : getParameters().getUnnamed();
        return DeviceSize.from(flags);
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
        super.stop();
    }
}
