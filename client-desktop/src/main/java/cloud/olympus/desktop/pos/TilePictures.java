package cloud.olympus.desktop.pos;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pictures on product tiles, each loaded once, in the background, at tile size, and kept
 * for the most recently shown items. A picture that fails (a bad address, the till offline) is
 * forgotten, so that a later tile tries again; its tile meanwhile shows its colour and name.
 */
public final class TilePictures {

    private static final Logger LOG = LoggerFactory.getLogger(TilePictures.class);

    /** Wide enough for the widest tile on a sharp screen, small enough to keep hundreds in memory. */
    static final double WIDTH = 360;
    private static final int KEPT = 400;

    private final Map<String, Image> images = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > KEPT;
        }
    };

    /** The picture at {@code url}, loading or loaded; none for an address that is not http or https. */
    public Optional<Image> picture(String url) {
        if (!isWebAddress(url)) {
            return Optional.empty();
        }
        Image image = images.get(url);
        if (image == null) {
            try {
                // Background loading: the FX thread never waits on the network or the decoder.
                image = new Image(url, WIDTH, 0, true, true, true);
            } catch (RuntimeException malformed) {
                // The tile shows its colour and name instead.
                LOG.debug("The picture address {} cannot be loaded: {}", url, malformed.toString());
                return Optional.empty();
            }
            Image loading = image;
            image.errorProperty().addListener((obs, was, failed) -> {
                if (failed) {
                    images.remove(url, loading);
                }
            });
            if (!image.isError()) {
                images.put(url, image);
            }
        }
        return Optional.of(image);
    }

    static boolean isWebAddress(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
