package cloud.olympus.desktop.console.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.Problem;
import cloud.olympus.client.manager.Recommendation;
import cloud.olympus.client.manager.StockItem;
import cloud.olympus.fx.i18n.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Booking a reorder's delivery from the assistant's recommendation. */
class DeliveryViewModelTest {

    private static final Executor NOW = Runnable::run;
    private final UUID wine = UUID.randomUUID();
    private final Recommendation reorder = new Recommendation("reorder", "high", "Reorder House Red", "4 on hand", "7.3 units",
            List.of(), new Recommendation.Action("reorder", wine, 12, null, null, null));
    private final List<String> booked = new ArrayList<>();

    private StockItem stock(int onHand) {
        return new StockItem(wine, "WINE-RED", "House Red", null, "Wine", onHand, 6, 24, true, null);
    }

    @Test
    void onlyAReorderNamingItsItemAndQuantityOffersADelivery() {
        assertThat(DeliveryViewModel.offeredFor(reorder)).isTrue();
        assertThat(DeliveryViewModel.offeredFor(new Recommendation("add_staff", "high", "Add staff", "", "", List.of(),
                new Recommendation.Action("add_shift", null, 1, java.time.LocalDate.now(), 12, null)))).isFalse();
        assertThat(DeliveryViewModel.offeredFor(new Recommendation("reorder", "low", "Reorder", "", "", List.of(), null))).isFalse();
        assertThatThrownBy(() -> new DeliveryViewModel((i, q, n, k) -> stock(0), new Recommendation("win_back", "low", "", "", "",
                List.of(), null), NOW, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSuggestedQuantityIsBookedOnceWhateverTheRetries() {
        List<String> keys = new ArrayList<>();
        DeliveryViewModel model = new DeliveryViewModel((item, quantity, note, key) -> {
            booked.add(item + " " + quantity + " " + note);
            keys.add(key);
            return stock(16);
        }, reorder, NOW, NOW);
        assertThat(model.quantityProperty().get()).isEqualTo("12");

        model.quantityProperty().set(" 10 ");
        model.receive();
        model.receive();

        assertThat(booked).containsExactly(wine + " 10 Reorder House Red");
        assertThat(model.bookedProperty().get().currentStock()).isEqualTo(16);
        assertThat(keys).hasSize(1);
    }

    @Test
    void aQuantityThatIsNoWholeNumberInRangeIsSaidAndNothingIsBooked() {
        DeliveryViewModel model = new DeliveryViewModel((item, quantity, note, key) -> {
            booked.add("booked");
            return stock(0);
        }, reorder, NOW, NOW);
        for (String wrong : List.of("", "twelve", "0", "-3", "1e1000000", "100001")) {
            model.quantityProperty().set(wrong);
            model.receive();
            assertThat(model.quantityProblemProperty().get().key()).isEqualTo("console.assistant.delivery.quantity_invalid");
        }
        assertThat(booked).isEmpty();
    }

    @Test
    void theServersWordOnTheQuantityGoesNextToItAndARetryKeepsTheKey() {
        List<String> keys = new ArrayList<>();
        int[] calls = {0};
        DeliveryViewModel model = new DeliveryViewModel((item, quantity, note, key) -> {
            keys.add(key);
            if (calls[0]++ == 0) {
                throw new OlympusApiException(new Problem("https://olympus.cloud/problems/validation", "Invalid", 400,
                        "quantity_delta is too large", List.of(new Problem.FieldError("quantity_delta", "too large")), Map.of()), null);
            }
            return stock(20);
        }, reorder, NOW, NOW);

        model.receive();
        assertThat(model.quantityProblemProperty().get()).isNotEqualTo(Phrase.NONE);
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.NONE);
        assertThat(model.busyProperty().get()).isFalse();

        model.receive();
        assertThat(model.bookedProperty().get().currentStock()).isEqualTo(20);
        assertThat(keys).hasSize(2).containsOnly(keys.get(0));
    }
}
