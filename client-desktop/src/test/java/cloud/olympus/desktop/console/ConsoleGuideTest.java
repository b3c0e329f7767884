package cloud.olympus.desktop.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The owner's guide to the console (docs/console-guide.md) shows every console screenshot kept in
 * docs/screenshots, and every picture it links is there.
 */
class ConsoleGuideTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final Pattern LINK = Pattern.compile("\\]\\((screenshots/[^)\\s]+\\.png)\\)");

    @Test
    void theGuideLinksEveryConsoleScreenshot() throws IOException {
        String guide = Files.readString(DOCS.resolve("console-guide.md"));
        List<String> screenshots;
        try (Stream<Path> files = Files.list(DOCS.resolve("screenshots"))) {
            screenshots = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("console-") && name.endsWith(".png")).sorted().toList();
        }
        assertThat(screenshots).isNotEmpty();
        assertThat(screenshots.stream().filter(name -> !guide.contains("](screenshots/" + name + ")")))
                .as("console screenshots the guide does not link").isEmpty();
    }

    @Test
    void everyPictureTheGuideLinksExists() throws IOException {
        Matcher links = LINK.matcher(Files.readString(DOCS.resolve("console-guide.md")));
        List<String> linked = links.results().map(link -> link.group(1)).toList();
        assertThat(linked).isNotEmpty();
        assertThat(linked.stream().filter(link -> !Files.isRegularFile(DOCS.resolve(link))))
                .as("pictures the guide links that are not in docs").isEmpty();
    }
}
