package cloud.olympus.desktop.console.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.backoffice.CatalogueAdmin;
import cloud.olympus.desktop.console.FileDialogs;
import cloud.olympus.fx.i18n.Messages;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The catalogue screen's stock form, headless: only those who may change stock by hand see it. */
class CatalogueViewTest {

    @Test
    void theFormToChangeStockIsShownOnlyToThoseWhoMayAdjustIt() throws Exception {
        FxToolkit.registerPrimaryStage();
        assertThat(view(false).lookup("#catalogue-adjust")).isNull();
        assertThat(view(false).lookup("#adjust-submit")).isNull();
        assertThat(view(false).lookup("#catalogue-movements")).as("the stock's ledger stays").isNotNull();
        assertThat(view(true).lookup("#adjust-submit")).isNotNull();
    }

    /** The screen laid out for someone who may, or may not, adjust stock; its server is never reached. */
    private static CatalogueView view(boolean mayAdjust) throws Exception {
        OlympusClient nowhere = new OlympusClient("http://127.0.0.1:9");
        CatalogueViewModel model = new CatalogueViewModel(new CatalogueAdmin(nowhere), new OlympusApi(nowhere), Runnable::run,
                Runnable::run);
        AtomicReference<CatalogueView> made = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            CatalogueView view = new CatalogueView(model, Messages.forLocale(Locale.ENGLISH), () -> null, () -> null,
                    FileDialogs.system(), mayAdjust);
            new Scene(view, 1440, 900);
            view.applyCss();
            view.layout();
            made.set(view);
        });
        return made.get();
    }
}
