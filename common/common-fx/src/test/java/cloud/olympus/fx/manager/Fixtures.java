package cloud.olympus.fx.manager;

import cloud.olympus.client.OlympusClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/** The manager screens' figures read from JSON files shaped as the server answers, and screens that run their calls at once. */
final class Fixtures {

    static final JsonMapper JSON = new OlympusClient("http://localhost:9").json();

    private Fixtures() {
    }

    /** {@code name} (a file next to this class) read as {@code type}. */
    static <T> T read(String name, Class<T> type) {
        return JSON.readValue(text(name), type);
    }

    /** {@code name} read as a list of {@code element}. */
    static <T> java.util.List<T> list(String name, Class<T> element) {
        JavaType type = JSON.getTypeFactory().constructCollectionType(java.util.List.class, element);
        return JSON.readValue(text(name), type);
    }

    /** A screen's figures that are read at once, on the calling thread, and kept nowhere. */
    static <T> ScreenFigures<T> figures(Class<T> type) {
        return new ScreenFigures<>("test", type, new FigureStore(null, JSON, java.time.Clock.systemUTC()), Runnable::run, Runnable::run);
    }

    private static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
