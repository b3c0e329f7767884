package cloud.olympus.fx.shell;

import cloud.olympus.fx.theme.ThemeManager;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Where a client finds its server and how it looks, from its command line
 * ({@code --server=http://host:8080 --theme=dark --lang=de}) or the environment
 * ({@code OLYMPUS_SERVER_URL}, {@code OLYMPUS_THEME}, {@code OLYMPUS_LANG}).
 */
public record ClientConfig(String serverUrl, ThemeManager.Mode theme, Locale locale, Map<String, String> options) {

    public static final String DEFAULT_SERVER = "http://localhost:8080";

    public static ClientConfig from(Map<String, String> named, Function<String, String> env) {
        return from(named, env, ThemeManager.Mode.LIGHT);
    }

    /** As {@link #from(Map, Function)}, for a client whose look is {@code fallbackTheme} unless told otherwise. */
    public static ClientConfig from(Map<String, String> named, Function<String, String> env, ThemeManager.Mode fallbackTheme) {
        String server = pick(named.get("server"), env.apply("OLYMPUS_SERVER_URL"), DEFAULT_SERVER);
        String theme = pick(named.get("theme"), env.apply("OLYMPUS_THEME"), fallbackTheme.name());
        String lang = pick(named.get("lang"), env.apply("OLYMPUS_LANG"), Locale.getDefault().toLanguageTag());
        return new ClientConfig(server.endsWith("/") ? server.substring(0, server.length() - 1) : server,
                "dark".equalsIgnoreCase(theme) ? ThemeManager.Mode.DARK : ThemeManager.Mode.LIGHT,
                Locale.forLanguageTag(lang), Map.copyOf(named));
    }

    /** Another option from the command line, or the environment variable {@code envName}. */
    public String option(String name, String envName, String fallback, Function<String, String> env) {
        return pick(options.get(name), env.apply(envName), fallback);
    }

    private static String pick(String first, String second, String fallback) {
        if (first != null && !first.isBlank()) {
            return first.trim();
        }
        return second != null && !second.isBlank() ? second.trim() : fallback;
    }
}
