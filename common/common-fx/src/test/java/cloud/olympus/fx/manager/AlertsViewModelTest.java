package cloud.olympus.fx.manager;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.model.alerts.Alert;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What needs a manager: stock and staffing alerts and sales to review, acted on here and kept live by alert events. */
class AlertsViewModelTest {

    private final Alert lowFlour = alert("stock_low", "Flour", Map.of("suggested_reorder", 16), null);
    private final Alert understaffed = alert("understaffed", "Downtown", Map.of(), null);
    private final OrderSummary toReview = Fixtures.list("orders.json", OrderSummary.class).get(0);
    private final List<String> done = new ArrayList<>();
    /** The open stock alerts as the server has them. */
    private List<Alert> stockServed = List.of(lowFlour);
    /** What happens after the server answered the stock alerts and before they are shown. */
    private Runnable whileReading = () -> { };
    private final AlertsViewModel model = new AlertsViewModel(new AlertsViewModel.Source() {
        @Override
        public List<Alert> stockAlerts() {
            List<Alert> served = stockServed;
            whileReading.run();
            return served;
        }

        @Override
        public List<Alert> staffingAlerts() {
            return List.of(understaffed);
        }

        @Override
        public List<OrderSummary> salesToReview() {
            return List.of(toReview);
        }

        @Override
        public Alert acknowledge(Alert alert) {
            done.add("acknowledged " + alert.subject().label());
            return alert;
        }

        @Override
        public OrderSummary markReviewed(UUID orderId, String note) {
            done.add("reviewed " + note);
            return toReview;
        }
    }, Fixtures.figures(AlertsViewModel.Attention.class), Runnable::run, Runnable::run);

    @Test
    void eachListIsShownAndWhatIsActedOnGoes() {
        model.refresh();
        assertThat(model.stockAlerts()).containsExactly(lowFlour);
        assertThat(model.staffingAlerts()).containsExactly(understaffed);
        assertThat(AlertsViewModel.suggestedReorder(lowFlour)).contains(16);
        assertThat(AlertsViewModel.suggestedReorder(understaffed)).isEmpty();

        model.acknowledge(lowFlour);
        model.markReviewed(toReview, " counted the till ");

        assertThat(done).containsExactly("acknowledged Flour", "reviewed counted the till");
        assertThat(model.stockAlerts()).isEmpty();
        assertThat(model.salesToReview()).isEmpty();
        assertThat(model.staffingAlerts()).containsExactly(understaffed);
    }

    @Test
    void aReviewSaysWhatWasChecked() {
        model.refresh();
        model.markReviewed(toReview, "  ");

        assertThat(done).isEmpty();
        assertThat(model.problemProperty().get().key()).isEqualTo("mobile.alerts.note_needed");
        assertThat(model.salesToReview()).containsExactly(toReview);
    }

    @Test
    void alertEventsAddOpenAlertsFirstAndTakeAwayThoseAcknowledgedElsewhere() {
        model.refresh();
        Alert lowSugar = alert("stock_low", "Sugar", Map.of(), null);

        model.changed(lowSugar);
        model.changed(alert(understaffed.id(), "understaffed", "Downtown", Instant.parse("2026-11-27T12:05:00Z")));

        assertThat(model.stockAlerts()).containsExactly(lowSugar, lowFlour);
        assertThat(model.staffingAlerts()).isEmpty();
    }

    @Test
    void alertEventsHeardWhileTheListsAreReadAreNotUndoneByTheOlderReading() {
        Alert lowSugar = alert("stock_low", "Sugar", Map.of(), null);
        Alert lowMilk = alert("stock_low", "Milk", Map.of(), null);
        whileReading = () -> {
            whileReading = () -> { };
            // Before the lists are first shown: nothing to add the alert to.
            model.changed(lowSugar);
            stockServed = List.of(lowSugar, lowFlour);
        };
        model.refresh();
        assertThat(model.stockAlerts()).containsExactly(lowSugar, lowFlour);

        whileReading = () -> {
            whileReading = () -> { };
            // With the lists shown: the alert is added at once, and the older reading does not take it away.
            model.changed(lowMilk);
            assertThat(model.stockAlerts()).containsExactly(lowMilk, lowSugar, lowFlour);
            stockServed = List.of(lowMilk, lowSugar, lowFlour);
        };
        model.refresh();
        assertThat(model.stockAlerts()).containsExactly(lowMilk, lowSugar, lowFlour);
    }

    private static Alert alert(String kind, String label, Map<String, Object> arguments, Instant acknowledged) {
        return new Alert(UUID.randomUUID(), kind, Alert.Severity.WARNING, new Alert.Subject("item", UUID.randomUUID(), label),
                "alert." + kind, arguments, Instant.parse("2026-11-27T12:00:00Z"), acknowledged, null, null);
    }

    private static Alert alert(UUID id, String kind, String label, Instant acknowledged) {
        return new Alert(id, kind, Alert.Severity.WARNING, new Alert.Subject("tenant", UUID.randomUUID(), label), "alert." + kind,
                Map.of(), Instant.parse("2026-11-27T12:00:00Z"), acknowledged, UUID.randomUUID(), null);
    }
}
