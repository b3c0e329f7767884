package cloud.olympus.desktop.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.i18n.Phrase;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The logo in the branding preview: fetched in the background from a web server on this machine,
 * shown once it is a picture, and otherwise a plain reason instead of a picture.
 */
class BrandingViewModelTest {

    private static HttpServer web;
    private static String base;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    /** What the background hands back to the screen, run by the test as the UI thread would. */
    private final BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private BrandingViewModel branding;

    @BeforeAll
    static void serve() throws Exception {
        FxToolkit.registerPrimaryStage();
        BufferedImage picture = new BufferedImage(48, 24, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/logo.png", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.size());
            exchange.getResponseBody().write(png.toByteArray());
            exchange.close();
        });
        web.createContext("/about.html", exchange -> {
            byte[] page = "<html><body>About us</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        web.createContext("/trickle.png", exchange -> {
            // A web server that answers at once, then sends a byte now and then, without end.
            exchange.sendResponseHeaders(200, 0);
            try (var body = exchange.getResponseBody()) {
                for (int i = 0; i < 600; i++) {
                    body.write(0x89);
                    body.flush();
                    Thread.sleep(100);
                }
            } catch (java.io.IOException | InterruptedException gone) {
                // the console gave up: what it should do
            }
        });
        web.setExecutor(Executors.newCachedThreadPool());
        web.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        web.start();
        base = "http://127.0.0.1:" + web.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        web.stop(0);
    }

    @BeforeEach
    void model() {
        // Logos on the same single thread as the calls here, so answers come in the order asked.
        branding = new BrandingViewModel(admin(), new Background(background, ui::add), new Background(background, ui::add),
                Duration.ofSeconds(20));
    }

    @AfterEach
    void close() {
        background.shutdownNow();
    }

    @Test
    void aPictureAtTheAddressIsShownOnceFetchedInTheBackground() throws Exception {
        branding.logoUrlProperty().set(base + "/logo.png");
        branding.previewLogo();
        assertThat(branding.logoLoadingProperty().get()).isTrue();
        assertThat(branding.logoProperty().get()).as("nothing until the background answers").isNull();
        answer();
        assertThat(branding.logoLoadingProperty().get()).isFalse();
        assertThat(branding.logoProblemProperty().get().isNone()).isTrue();
        assertThat(branding.logoProperty().get().getWidth()).isEqualTo(48);
        assertThat(branding.logoProperty().get().getHeight()).isEqualTo(24);

        branding.logoUrlProperty().set("");
        branding.previewLogo();
        assertThat(branding.logoProperty().get()).isNull();
        assertThat(branding.logoProblemProperty().get().isNone()).isTrue();
        assertThat(ui).as("no address, nothing fetched").isEmpty();
    }

    @Test
    void whatIsNoPictureOrNotThereSaysWhy() throws Exception {
        branding.logoUrlProperty().set(base + "/about.html");
        branding.previewLogo();
        answer();
        assertThat(branding.logoProperty().get()).isNull();
        assertThat(branding.logoProblemProperty().get()).isEqualTo(Phrase.of("console.settings.branding.logo_not_picture"));

        branding.logoUrlProperty().set(base + "/gone.png");
        branding.previewLogo();
        answer();
        assertThat(branding.logoProblemProperty().get())
                .isEqualTo(Phrase.of("console.settings.branding.logo_unreachable", base + "/gone.png"));

        branding.logoUrlProperty().set("file:///etc/passwd");
        branding.previewLogo();
        assertThat(branding.logoProblemProperty().get()).isEqualTo(Phrase.of("console.settings.branding.logo_bad_address"));
        assertThat(branding.logoLoadingProperty().get()).isFalse();
        assertThat(ui).as("an address that is not on the web is not fetched").isEmpty();
    }

    @Test
    void anAnswerForAnAddressNoLongerTypedIsDropped() throws Exception {
        branding.logoUrlProperty().set(base + "/logo.png");
        branding.previewLogo();
        branding.logoUrlProperty().set(base + "/gone.png");
        branding.previewLogo();
        answer();
        assertThat(branding.logoProperty().get()).as("the first address's picture came too late").isNull();
        assertThat(branding.logoLoadingProperty().get()).isTrue();
        answer();
        assertThat(branding.logoProperty().get()).isNull();
        assertThat(branding.logoProblemProperty().get().key()).isEqualTo("console.settings.branding.logo_unreachable");
    }

    @Test
    void aLogoIsFetchedOnItsOwnThreadWhileTheConsolesCallsAreBusy() throws Exception {
        BrandingViewModel own = new BrandingViewModel(admin(), new Background(background, ui::add));
        CountDownLatch busy = new CountDownLatch(1);
        background.execute(() -> {
            try {
                busy.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            own.logoUrlProperty().set(base + "/logo.png");
            own.previewLogo();
            answer();
            assertThat(own.logoProperty().get()).isNotNull();
        } finally {
            busy.countDown();
        }
    }

    @Test
    void aWebServerThatTricklesIsGivenUpOnAtTheDeadline() throws Exception {
        BrandingViewModel impatient = new BrandingViewModel(admin(), new Background(background, ui::add),
                new Background(background, ui::add), Duration.ofSeconds(1));
        impatient.logoUrlProperty().set(base + "/trickle.png");
        long began = System.nanoTime();
        impatient.previewLogo();
        answer();
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(15));
        assertThat(impatient.logoLoadingProperty().get()).isFalse();
        assertThat(impatient.logoProblemProperty().get())
                .isEqualTo(Phrase.of("console.settings.branding.logo_unreachable", base + "/trickle.png"));
    }

    @Test
    void anAddressUnchangedIsNotFetchedAgain() throws Exception {
        branding.logoUrlProperty().set(base + "/logo.png");
        branding.previewLogo();
        answer();
        assertThat(branding.logoProperty().get()).isNotNull();
        branding.previewLogo();
        assertThat(branding.logoProperty().get()).as("the picture stays").isNotNull();
        assertThat(branding.logoLoadingProperty().get()).isFalse();
        assertThat(ui.poll(1, TimeUnit.SECONDS)).as("nothing fetched again").isNull();

        branding.logoUrlProperty().set(base + "/gone.png");
        branding.previewLogo();
        answer();
        branding.logoUrlProperty().set(base + "/logo.png");
        branding.previewLogo();
        assertThat(branding.logoLoadingProperty().get()).as("another address is fetched").isTrue();
        answer();
        assertThat(branding.logoProperty().get()).isNotNull();
    }

    private static BusinessAdmin admin() {
        return new BusinessAdmin(DemoServer.login("harbor-hotel", "owner").client());
    }

    /** Runs the next answer the background hands to the screen. */
    private void answer() throws InterruptedException {
        Runnable next = ui.poll(20, TimeUnit.SECONDS);
        assertThat(next).as("the background answered").isNotNull();
        next.run();
    }
}
