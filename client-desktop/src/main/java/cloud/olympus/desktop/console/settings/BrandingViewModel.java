package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.BusinessAdmin.Business;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.theme.AccentPalette;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.image.Image;

/**
 * The business's branding: the app's name, the accent colour and the logo's address. The preview
 * follows the colour as it is typed and shows the logo, fetched in the background from its address;
 * a save re-themes the console at once (and the tills when they next load the business). Clearing
 * the colour gives the console back the theme's own accent.
 */
public final class BrandingViewModel extends BusinessForm {

    private final StringProperty appName = new SimpleStringProperty("");
    private final StringProperty accentColor = new SimpleStringProperty("");
    private final StringProperty logoUrl = new SimpleStringProperty("");
    private final ObservableValue<AccentPalette> preview;
    private final ReadOnlyObjectWrapper<Image> logo = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Phrase> logoProblem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyBooleanWrapper logoLoading = new ReadOnlyBooleanWrapper();
    /** Where logos are fetched: not the console's calls, so a slow web server holds up nothing else. */
    private final Background logos;
    /** How long a logo may take in all, from asking to its last byte. */
    private final Duration deadline;
    /** The address last fetched (or being fetched): an unchanged one is not fetched again. */
    private String fetched;
    private Consumer<AccentPalette> rebrand = palette -> { };

    /** A logo larger than this is not shown: a logo is a small picture, not a photograph. */
    static final int MAX_LOGO_BYTES = 2 * 1024 * 1024;
    private static final Duration LOGO_WAIT = Duration.ofSeconds(10);
    /** A logo that has not come whole by then is not coming: a web server sending a byte now and then is given up on. */
    private static final Duration LOGO_DEADLINE = Duration.ofSeconds(20);
    /** Each logo is fetched on a thread of its own, which ends with the fetch. */
    private static final Executor LOGO_THREAD = fetch -> {
        Thread thread = new Thread(fetch, "olympus-logo");
        thread.setDaemon(true);
        thread.start();
    };
    private static final HttpClient WEB = HttpClient.newBuilder().connectTimeout(LOGO_WAIT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public BrandingViewModel(BusinessAdmin admin, Background work) {
        this(admin, work, new Background(LOGO_THREAD, work.ui()), LOGO_DEADLINE);
    }

    /** @param logos where logos are fetched; @param deadline how long a logo may take in all */
    BrandingViewModel(BusinessAdmin admin, Background work, Background logos, Duration deadline) {
        super(admin, work);
        this.logos = logos;
        this.deadline = deadline;
        preview = Bindings.createObjectBinding(() -> palette(accentColor.get()), accentColor);
    }

    /**
     * Who re-themes the console when the accent is saved: with the new accent's palette, or with null
     * when the accent was cleared and the console takes the theme's own accent again.
     */
    public void onRebrand(Consumer<AccentPalette> rebrand) {
        this.rebrand = rebrand;
    }

    public StringProperty appNameProperty() {
        return appName;
    }

    /** The accent as {@code #RRGGBB}. */
    public StringProperty accentColorProperty() {
        return accentColor;
    }

    public StringProperty logoUrlProperty() {
        return logoUrl;
    }

    /** The palette the preview shows: the accent typed so far, null while it is not a colour. */
    public ObservableValue<AccentPalette> previewProperty() {
        return preview;
    }

    /** The logo at the address, once fetched; null while there is none to show. */
    public ReadOnlyObjectProperty<Image> logoProperty() {
        return logo.getReadOnlyProperty();
    }

    /** Why the logo cannot be shown: a wrong address, no answer, or not a picture. */
    public ReadOnlyObjectProperty<Phrase> logoProblemProperty() {
        return logoProblem.getReadOnlyProperty();
    }

    /** Whether the logo is being fetched. */
    public ReadOnlyBooleanProperty logoLoadingProperty() {
        return logoLoading.getReadOnlyProperty();
    }

    /**
     * Fetches the logo at the address typed so far, in the background, for the preview. An answer
     * that comes after the address has changed again is dropped.
     */
    public void previewLogo() {
        String address = logoUrl.get().trim();
        if (address.equals(fetched) && (logo.get() != null || logoLoading.get())) {
            // Shown or on its way already: leaving the field, or the settings read again, fetch nothing.
            return;
        }
        fetched = address;
        logo.set(null);
        logoProblem.set(Phrase.NONE);
        if (address.isEmpty()) {
            logoLoading.set(false);
            return;
        }
        URI uri = webAddress(address);
        if (uri == null) {
            logoLoading.set(false);
            logoProblem.set(Phrase.of("console.settings.branding.logo_bad_address"));
            return;
        }
        logoLoading.set(true);
        Duration allowed = deadline;
        logos.run(() -> fetchImage(uri, allowed), image -> {
            if (address.equals(logoUrl.get().trim())) {
                logoLoading.set(false);
                logo.set(image);
            }
        }, failure -> {
            if (address.equals(logoUrl.get().trim())) {
                logoLoading.set(false);
                logoProblem.set(failure instanceof NotAPicture
                        ? Phrase.of("console.settings.branding.logo_not_picture")
                        : Phrase.of("console.settings.branding.logo_unreachable", address));
            }
        });
    }

    @Override
    void fill(Business business) {
        Map<String, Object> b = business.branding();
        appName.set(text(b, "app_name"));
        accentColor.set(text(b, "accent_color"));
        String address = text(b, "logo_url");
        boolean changed = !address.equals(logoUrl.get());
        logoUrl.set(address);
        if (changed) {
            previewLogo();
        }
    }

    @Override
    Change change() {
        String colour = accentColor.get().trim();
        if (!colour.isEmpty() && palette(colour) == null) {
            return refuse("accent_color", Phrase.of("console.settings.branding.bad_colour"));
        }
        Map<String, Object> branding = new LinkedHashMap<>();
        branding.put("app_name", appName.get().isBlank() ? null : appName.get().trim());
        branding.put("accent_color", colour.isEmpty() ? null : colour.toUpperCase(java.util.Locale.ROOT));
        branding.put("logo_url", logoUrl.get().isBlank() ? null : logoUrl.get().trim());
        return new Change(null, null, branding);
    }

    @Override
    void saved(Business business) {
        rebrand.accept(palette(text(business.branding(), "accent_color")));
    }

    /** An http or https address with a host, or null. */
    static URI webAddress(String address) {
        try {
            URI uri = new URI(address);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? uri : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /**
     * The picture at {@code uri}, whole within {@code deadline}; runs in the background. Bytes past the
     * largest logo are not kept.
     */
    private static Image fetchImage(URI uri, Duration deadline) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        AtomicBoolean tooLarge = new AtomicBoolean();
        CompletableFuture<HttpResponse<Void>> asked = WEB.sendAsync(HttpRequest.newBuilder(uri).timeout(LOGO_WAIT).GET().build(),
                HttpResponse.BodyHandlers.ofByteArrayConsumer(chunk -> chunk.ifPresent(part -> {
                    synchronized (received) {
                        if (received.size() + part.length > MAX_LOGO_BYTES) {
                            tooLarge.set(true);
                        } else {
                            received.write(part, 0, part.length);
                        }
                    }
                })));
        HttpResponse<Void> answer;
        try {
            answer = asked.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            asked.cancel(true);
            throw new UncheckedIOException(new IOException("The logo did not come whole within " + deadline));
        } catch (ExecutionException e) {
            throw new UncheckedIOException(e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        } catch (InterruptedException e) {
            asked.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching the logo", e);
        }
        if (answer.statusCode() != 200) {
            throw new UncheckedIOException(new IOException("HTTP " + answer.statusCode()));
        }
        if (tooLarge.get()) {
            throw new NotAPicture();
        }
        byte[] bytes;
        synchronized (received) {
            bytes = received.toByteArray();
        }
        Image image = new Image(new ByteArrayInputStream(bytes));
        if (image.isError() || image.getWidth() <= 0 || image.getHeight() <= 0) {
            throw new NotAPicture();
        }
        return image;
    }

    /** The address answered with something that is no picture (or one far too large for a logo). */
    private static final class NotAPicture extends RuntimeException {
        NotAPicture() {
            super("not a picture", null, false, false);
        }
    }

    static AccentPalette palette(String hex) {
        try {
            return AccentPalette.of(hex == null ? null : hex.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
