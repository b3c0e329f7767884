package cloud.olympus.server.assistant;

import cloud.olympus.server.assistant.internal.CatalogueNames;
import cloud.olympus.server.assistant.internal.Draft;
import cloud.olympus.server.assistant.internal.ForecastAnswers;
import cloud.olympus.server.assistant.internal.Intent;
import cloud.olympus.server.assistant.internal.Language;
import cloud.olympus.server.assistant.internal.OperationsAnswers;
import cloud.olympus.server.assistant.internal.Phrases;
import cloud.olympus.server.assistant.internal.Place;
import cloud.olympus.server.assistant.internal.QuestionReader;
import cloud.olympus.server.assistant.internal.Reading;
import cloud.olympus.server.assistant.internal.Rephraser;
import cloud.olympus.server.assistant.internal.SalesAnswers;
import cloud.olympus.server.assistant.internal.Scope;
import cloud.olympus.server.assistant.internal.Vocabulary;
import cloud.olympus.server.platform.Tenant;
import cloud.olympus.server.platform.TenantSettings;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.NotFound;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Answers a question about the acting business, or one of its locations, from its own data: the
 * question is read by rules, the figures come from the other modules, and the answer is written in
 * the question's language with amounts in the business's currency.
 */
@Service
public class Assistant {

    /** The longest question read; anything longer is refused before it is read. */
    public static final int MOST_CHARACTERS = 1000;
    private static final int DEFAULT_LIMIT = 5;
    /** Labour is reported day by day; a question about more days than this covers the last of them. */
    private static final int MOST_LABOUR_DAYS = 92;

    private final Tenants tenants;
    private final CatalogueNames names;
    private final SalesAnswers sales;
    private final OperationsAnswers operations;
    private final ForecastAnswers forecasts;
    private final Rephraser rephraser;
    private final Clock clock;

    Assistant(Tenants tenants, CatalogueNames names, SalesAnswers sales, OperationsAnswers operations,
              ForecastAnswers forecasts, Rephraser rephraser, Clock clock) {
        this.tenants = tenants;
        this.names = names;
        this.sales = sales;
        this.operations = operations;
        this.forecasts = forecasts;
        this.rephraser = rephraser;
        this.clock = clock;
    }

    public Answer ask(Question question) {
        if (question.text() == null) {
            throw new InvalidInput("question is required").field("question");
        }
        if (question.text().length() > MOST_CHARACTERS) {
            throw new InvalidInput("question must be at most " + MOST_CHARACTERS + " characters").field("question");
        }
        String language = Input.trimmedOrNull(question.language());
        Language asked = language == null ? null : Language.of(language)
                .orElseThrow(() -> new InvalidInput("language must be one of en, es, fr, de").field("language"));
        UUID acting = TenantContext.require();
        UUID placeId = question.locationId() == null ? acting : visible(question.locationId(), acting);
        List<Tenant> locations = tenants.locationsOf(acting);
        Vocabulary vocabulary = names.of(placeId, locations);
        LocalDate today = tenants.settingsOf(placeId).businessDate(clock.instant());
        Reading reading = QuestionReader.read(question.text(), asked, vocabulary, today);
        if (!reading.understood()) {
            return declined(reading);
        }
        if (question.locationId() == null && reading.location() != null) {
            placeId = reading.location().id();
        }
        TenantSettings settings = tenants.settingsOf(placeId);
        String placeName = tenants.find(placeId).map(Tenant::name).orElse("");
        boolean whole = question.locationId() == null && reading.location() == null;
        List<UUID> rolledUp = whole ? locations.stream().map(Tenant::id).toList() : List.of();
        Place place = new Place(placeId, placeName, settings, settings.businessDate(clock.instant()), rolledUp);
        Phrases say = new Phrases(reading.language(), settings.currency(), settings.scale());
        Intent intent = reading.intent().orElseThrow();
        if (intent == Intent.HELP) {
            return new Answer(true, reading.language().code(), intent.wireName(), entities(reading), say.say("help"), List.of(), null,
                    null, Phrases.suggestions(reading.language()));
        }
        Scope scope = scope(intent, reading, place, say);
        Draft draft = intent.lookingAhead() ? forecasts.answer(intent, scope)
                : intent.family() == Intent.Family.SALES ? sales.answer(intent, scope) : operations.answer(intent, scope);
        String text = rephraser.rephrase(draft.text(), reading.language(), draft.figures());
        return new Answer(true, reading.language().code(), intent.wireName(), entities(reading), text, draft.figures(),
                draft.table(), draft.query(), List.of());
    }

    private UUID visible(UUID locationId, UUID acting) {
        if (!locationId.equals(acting) && !tenants.isLocationOf(locationId, acting)) {
            throw new NotFound("Location");
        }
        return locationId;
    }

    /** The days asked about, or the intent's usual ones: today, the last week, the last month, the coming week. */
    private static Scope scope(Intent intent, Reading reading, Place place, Phrases say) {
        LocalDate today = place.today();
        LocalDate from = reading.from();
        LocalDate to = reading.to();
        if (from == null) {
            switch (intent) {
                case TOP_PRODUCTS, TOP_CATEGORIES -> from = today.minusDays(6);
                case BEST_CUSTOMERS -> from = today.minusDays(29);
                case STOCK_OUT -> from = today;
                case SALES_FORECAST -> from = today.plusDays(1);
                default -> from = today;
            }
            to = switch (intent) {
                case STOCK_OUT -> today.plusDays(6);
                case SALES_FORECAST -> today.plusDays(1);
                default -> today;
            };
        }
        if (intent == Intent.LABOUR_COST && from.plusDays(MOST_LABOUR_DAYS).isBefore(to)) {
            from = to.minusDays(MOST_LABOUR_DAYS - 1L);
        }
        int limit = reading.limit() == null ? DEFAULT_LIMIT : reading.limit();
        return new Scope(place, from, to, limit, reading.product(), reading.category(), say);
    }

    private static Answer declined(Reading reading) {
        Phrases say = new Phrases(reading.language(), java.util.Currency.getInstance("EUR"), 2);
        String key = "declined." + reading.decline().name().toLowerCase(java.util.Locale.ROOT);
        return new Answer(false, reading.language().code(), null, Map.of(), say.say(key), List.of(), null, null,
                Phrases.suggestions(reading.language()));
    }

    private static Map<String, Object> entities(Reading reading) {
        Map<String, Object> entities = new LinkedHashMap<>();
        if (reading.from() != null) {
            entities.put("from", reading.from().toString());
            entities.put("to", reading.to().toString());
        }
        if (reading.limit() != null) {
            entities.put("limit", reading.limit());
        }
        if (reading.product() != null) {
            entities.put("product", reading.product().name());
            entities.put("product_id", reading.product().id().toString());
        }
        if (reading.category() != null) {
            entities.put("category", reading.category());
        }
        if (reading.location() != null) {
            entities.put("location", reading.location().name());
            entities.put("location_id", reading.location().id().toString());
        }
        return entities;
    }
}
