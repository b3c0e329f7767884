package cloud.olympus.desktop.refund;

import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.auth.Role;
import cloud.olympus.model.auth.Permission;
import static cloud.olympus.desktop.DemoServer.item;
import static cloud.olympus.desktop.DemoServer.login;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderDraft;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.desktop.approval.ManagerApprovalViewModel;
import cloud.olympus.desktop.receipt.Receipt;
import cloud.olympus.desktop.receipt.ReceiptText;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.model.pricing.PriceCalculator;
import cloud.olympus.model.pricing.PricedOrder;
import cloud.olympus.model.pricing.PricingLine;
import cloud.olympus.model.pricing.TaxRates;
import cloud.olympus.server.support.TillDrafts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Refunding at the till against a real server: what is offered, what is checked before anything is
 * sent, what a manager may do alone, and that trying again after a lost answer refunds once.
 */
class RefundViewModelTest {

    private static final String PASSWORD = "olympus-demo";
    private static final Executor NOW = Runnable::run;
    private static String url;

    @BeforeAll
    static void server() {
        url = DemoServer.url();
    }

    @Test
    void aManagerRefundsUnitsAloneAndTheTotalIsTheServersShareToTheCent() {
        OlympusApi manager = login("urban-threads", "manager");
        OrderSummary sale = manager.recordSale(TillDrafts.sale(item(manager, "CAP").id(), 3, "28.00", "cash"));
        RefundViewModel model = model(manager);
        assertThat(model.needsApproval()).isFalse();

        model.open(sale);
        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.line().refundable()).isEqualTo(3);
            assertThat(row.restockProperty().get()).as("retail puts returns back on the shelf").isTrue();
        });
        RefundViewModel.Row row = model.rows().get(0);
        for (int i = 0; i < 5; i++) {
            row.more();
        }
        assertThat(row.quantityProperty().get()).as("never more than was sold").isEqualTo(3);
        row.less();
        row.less();
        // 3 × 28.00 + 8.25 % = 90.93; one of three: 30.31
        assertThat(model.total()).isEqualByComparingTo("30.31");
        model.reasonProperty().set("Faded");
        List<RefundViewModel.Done> done = new ArrayList<>();
        model.refund(null, done::add);
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(done).singleElement().satisfies(d -> {
            assertThat(d.amount()).isEqualByComparingTo("30.31");
            assertThat(d.approvedBy()).isNull();
            assertThat(d.lines()).containsExactly(new RefundedLineMatcher("Canvas cap", 1).line());
        });
        assertThat(model.rows().get(0).line().refundable()).as("shown again as it is now").isEqualTo(2);

        // The last two units give back exactly what is left, with no cent lost to rounding.
        model.rows().get(0).more();
        model.rows().get(0).more();
        model.reasonProperty().set("Faded");
        model.refund(null, done::add);
        assertThat(manager.order(sale.id()).refundedTotal()).isEqualByComparingTo("90.93");
        assertThat(model.problemProperty().get()).isEqualTo("refund.nothing_left");
    }

    @Test
    void nothingIsSentUntilTheRefundCanGo() {
        OlympusApi manager = login("urban-threads", "manager");
        OrderSummary sale = manager.recordSale(TillDrafts.sale(item(manager, "SOCK-3").id(), 1, "29.00", "card"));
        RefundViewModel model = model(manager);
        assertThat(model.check()).isEqualTo("refund.choose_sale");
        model.open(sale);
        assertThat(model.check()).isEqualTo("refund.nothing_chosen");
        model.amountProperty().set("1e1000000");
        assertThat(model.check()).isEqualTo("refund.amount");
        model.amountProperty().set("12.345");
        assertThat(model.check()).as("more decimals than the currency has").isEqualTo("refund.amount");
        model.amountProperty().set("-3");
        assertThat(model.check()).isEqualTo("refund.amount");
        model.amountProperty().set("100.00");
        assertThat(model.check()).as("the card paid 31.39").isEqualTo("refund.over_tender");
        model.amountProperty().set("5,00");
        assertThat(model.check()).isEqualTo("refund.reason");
        model.reasonProperty().set("Scuffed");
        model.cashInsteadProperty().set(true);
        assertThat(model.check()).isEqualTo("refund.cash_reason");
        model.cashReasonProperty().set("Card reader down");
        assertThat(model.check()).isEmpty();

        List<RefundViewModel.Done> done = new ArrayList<>();
        model.refund(null, done::add);
        assertThat(done).singleElement().satisfies(d -> {
            assertThat(d.cash()).isTrue();
            assertThat(d.amount()).isEqualByComparingTo("5.00");
            assertThat(d.lines()).isEmpty();
        });
        OrderSummary after = manager.order(sale.id());
        assertThat(after.refunds()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo(PaymentMethod.CASH);
            assertThat(r.amount()).isEqualByComparingTo("5.00");
        });
        Receipt receipt = RefundViewModel.receipt(done.get(0), manager.tenant(), "Marco Manager", a -> "$" + a.toPlainString(),
                Instant.parse("2026-11-27T15:00:00Z"));
        assertThat(String.join("\n", ReceiptText.lines(receipt, Messages.forLocale(Locale.ENGLISH), ZoneOffset.UTC)))
                .contains("*** REFUND ***", "Refund of sale " + sale.orderNumber(), "Refunded", "-$5.00".replace('-', '−'),
                        "Cash", "Reason: Scuffed");
        assertThat(receipt.name()).startsWith("refund-").isNotEqualTo(receipt.reference());
    }

    @Test
    void aCashierNeedsAManagerAndTheRefundIsMadeWithTheManagersSession() {
        OlympusApi cashier = login("urban-threads", "cashier");
        OlympusApi manager = login("urban-threads", "manager");
        OrderSummary sale = manager.recordSale(TillDrafts.sale(item(manager, "BELT").id(), 1, "45.00", "card"));
        RefundViewModel model = model(cashier);
        assertThat(model.needsApproval()).isTrue();
        model.open(sale);
        model.rows().get(0).more();
        model.reasonProperty().set("Broken buckle");

        model.refund(null, d -> {
        });
        assertThat(model.problemProperty().get()).as("the server asks for a manager too").isEqualTo("refund.not_allowed");
        assertThat(manager.order(sale.id()).refunds()).isEmpty();

        ManagerApprovalViewModel approval = new ManagerApprovalViewModel("urban-threads", Permission.ORDER_REFUND,
                () -> new OlympusApi(new OlympusClient(url)), NOW, NOW);
        approval.emailProperty().set("manager@urban-threads.example");
        approval.passwordProperty().set(PASSWORD);
        List<RefundViewModel.Done> done = new ArrayList<>();
        approval.approve(given -> model.refund(given, done::add));
        assertThat(done).singleElement().satisfies(d -> assertThat(d.approvedBy()).isEqualTo("Marco Manager"));
        assertThat(manager.order(sale.id()).refunds()).singleElement();
        assertThat(cashier.session().roles()).as("the cashier's own session is untouched").containsExactly(Role.CASHIER);
    }

    @Test
    void tryingAgainAfterALostAnswerRefundsOnce() {
        OlympusApi manager = login("urban-threads", "manager");
        OrderSummary sale = manager.recordSale(TillDrafts.sale(item(manager, "SOCK-3").id(), 2, "29.00", "card"));
        // The first answer is lost on its way back: the server made the refund, the till did not hear.
        OlympusApi lossy = new OlympusApi(manager.client()) {
            private boolean lost;

            @Override
            public OrderSummary refund(UUID orderId, RefundDraft refund, String key) {
                OrderSummary made = super.refund(orderId, refund, key);
                if (!lost) {
                    lost = true;
                    throw new cloud.olympus.client.ServerUnreachableException("answer lost", null);
                }
                return made;
            }
        };
        RefundViewModel model = model(lossy);
        model.open(sale);
        model.rows().get(0).more();
        model.reasonProperty().set("Too small");
        List<RefundViewModel.Done> done = new ArrayList<>();
        model.refund(null, done::add);
        assertThat(done).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo("refund.offline");
        model.refund(null, done::add);
        assertThat(done).hasSize(1);
        assertThat(manager.order(sale.id()).refunds()).as("one refund, not two").hasSize(1);
    }

    @Test
    void aRestaurantDoesNotPutFoodBackOnTheShelf() {
        OlympusApi manager = login("bella-cucina", "manager");
        CatalogueItem cola = item(manager, "BEV-COK");
        PricedOrder priced = new PriceCalculator(2).price(List.of(new PricingLine("0", cola.unitPrice(), List.of(), 1,
                TaxRates.STANDARD)), List.of(), new TaxRates(Map.of(TaxRates.STANDARD, new BigDecimal("0.0875")), false));
        OrderSummary sale = manager.recordSale(new OrderDraft(UUID.randomUUID(), OrderSource.POS, List.of(new OrderDraft.Line(cola.id(), 1,
                List.of(), null, cola.unitPrice())), null, List.of(), null, List.of(new OrderDraft.Tender(PaymentMethod.CASH, priced.total(),
                null, null)), TillDrafts.TERMINAL, null, Instant.now(), false, priced.subtotal(), priced.tax(), priced.total()));
        RefundViewModel model = model(manager);
        model.open(sale);
        assertThat(model.rows().get(0).restockProperty().get()).isFalse();
        model.queryProperty().set(sale.id().toString().substring(0, 8).toUpperCase(Locale.ROOT));
        model.search();
        assertThat(model.found()).singleElement().satisfies(o -> assertThat(o.id()).isEqualTo(sale.id()));
        model.queryProperty().set("");
        model.search();
        assertThat(model.found()).as("today's sales, the one still with the kitchen first").first()
                .satisfies(o -> assertThat(o.status()).isEqualTo(OrderStatus.CONFIRMED))
                .satisfies(o -> assertThat(o.id()).isEqualTo(sale.id()));
        model.queryProperty().set("no-such-sale");
        model.search();
        assertThat(model.problemProperty().get()).isEqualTo("refund.not_found");
    }

    private static RefundViewModel model(OlympusApi as) {
        return new RefundViewModel(as, as.tenant(), as.session(), Clock.systemUTC(), NOW, NOW);
    }



    private record RefundedLineMatcher(String name, int quantity) {
        RefundViewModel.RefundedLine line() {
            return new RefundViewModel.RefundedLine(name, quantity, new BigDecimal("30.31"));
        }
    }
}
