package cloud.olympus.server.assistant.internal;

import cloud.olympus.server.assistant.Answer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Optionally rewords an answer through an OpenAI-compatible chat endpoint ({@code olympus.assistant.llm.url},
 * {@code .model}, {@code .api-key}; off unless the address is set). It only ever changes the words:
 * a rewording that writes any number not among the figures or in the original answer is thrown away,
 * and so is one that fails or takes too long; the original answer stands.
 */
@Component
public class Rephraser {

    private static final Logger LOG = LoggerFactory.getLogger(Rephraser.class);
    private static final Pattern NUMBER = Pattern.compile("\\d(?:[\\d.,'\u00a0\u202f]*\\d)?");
    private static final int MOST_CHARACTERS = 2000;

    private final URI endpoint;
    private final String model;
    private final String apiKey;
    private final Duration timeout;
    private final HttpClient client;
    private final JsonMapper json = JsonMapper.builder().build();

    Rephraser(@Value("${olympus.assistant.llm.url:}") String url, @Value("${olympus.assistant.llm.model:}") String model,
              @Value("${olympus.assistant.llm.api-key:}") String apiKey,
              @Value("${olympus.assistant.llm.timeout:5s}") Duration timeout) {
        this.endpoint = url == null || url.isBlank() ? null
                : URI.create(url.endsWith("/chat/completions") ? url : url.replaceAll("/+$", "") + "/chat/completions");
        this.model = model;
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.client = endpoint == null ? null : HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public boolean enabled() {
        return endpoint != null;
    }

    /** The answer reworded, or the original when rewording is off, fails, or touches the figures. */
    public String rephrase(String original, Language language, List<Answer.Figure> figures) {
        if (!enabled()) {
            return original;
        }
        return ask(original, language, figures).filter(text -> keepsTheFigures(text, original, figures)).orElse(original);
    }

    private Optional<String> ask(String original, Language language, List<Answer.Figure> figures) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("temperature", 0);
        body.put("messages", List.of(
                Map.of("role", "system", "content", "Reword the business answer you are given so that it reads naturally, in the "
                        + "language with code '" + language.code() + "'. Keep every number exactly as written; add no number, "
                        + "fact or advice. Answer with the reworded text only."),
                Map.of("role", "user", "content", original + "\n\nFigures: " + json.writeValueAsString(figures))));
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.debug("Rewording endpoint answered {}", response.statusCode());
                return Optional.empty();
            }
            JsonNode content = json.readTree(response.body()).path("choices").path(0).path("message").path("content");
            String text = content.isString() ? content.asString().trim() : "";
            return text.isEmpty() || text.length() > MOST_CHARACTERS ? Optional.empty() : Optional.of(text);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.debug("Rewording failed: {}", e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Whether every number the rewording writes is one of the figures or stands in the original answer. */
    static boolean keepsTheFigures(String reworded, String original, List<Answer.Figure> figures) {
        Set<BigDecimal> known = new HashSet<>();
        for (Answer.Figure figure : figures) {
            if (figure.value() instanceof Number number) {
                known.add(new BigDecimal(number.toString()).stripTrailingZeros());
            }
        }
        Matcher inOriginal = NUMBER.matcher(original);
        while (inOriginal.find()) {
            known.addAll(readings(inOriginal.group()));
        }
        Matcher said = NUMBER.matcher(reworded);
        while (said.find()) {
            if (readings(said.group()).stream().noneMatch(known::contains)) {
                return false;
            }
        }
        return true;
    }

    /** What a written number may stand for: with a dot or with a comma as the decimal mark. */
    private static Set<BigDecimal> readings(String written) {
        String bare = written.replace("\u00a0", "").replace("\u202f", "").replace("'", "");
        Set<BigDecimal> readings = new HashSet<>();
        for (String candidate : List.of(bare.replace(",", ""), bare.replace(".", "").replace(',', '.'))) {
            try {
                readings.add(new BigDecimal(candidate).stripTrailingZeros());
            } catch (NumberFormatException e) {
                // Not a number read this way (two decimal marks); the other reading may hold.
            }
        }
        return readings;
    }
}
