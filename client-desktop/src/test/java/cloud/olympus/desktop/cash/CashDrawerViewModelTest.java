package cloud.olympus.desktop.cash;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.RegisteredDevice;
import cloud.olympus.client.cash.CashApi;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.server.support.TillDrafts;
import java.math.BigDecimal;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * The till's drawer against a real server: opened with a float, a pay-out, the terminal's cash sale,
 * the blind count; the result for a manager and not for a cashier; refusals beside their field.
 */
class CashDrawerViewModelTest {

    private static final Executor NOW = Runnable::run;
    private static final String SHOP = "urban-threads";

    @Test
    void aCashierOpensPaysOutAndCountsBlindAndAManagerSeesTheDifference() {
        OlympusApi cashier = DemoServer.login(SHOP, "cashier");
        RegisteredDevice terminal = registeredTill();
        CashDrawerViewModel till = model(cashier, terminal);
        till.load();
        assertThat(till.stateProperty().get()).isEqualTo(CashDrawerViewModel.State.CLOSED);
        assertThat(till.everKeptProperty().get()).as("a new till has never kept a drawer").isFalse();

        till.floatAmountProperty().set("15O");
        till.open();
        assertThat(till.problemProperty().get()).isEqualTo(Phrase.of("input.amount.not_a_number"));
        assertThat(till.problemFieldProperty().get()).isEqualTo(CashDrawerViewModel.Field.FLOAT);
        till.floatAmountProperty().set("1e2");
        till.open();
        assertThat(till.problemProperty().get()).as("an exponent is not an amount anyone types")
                .isEqualTo(Phrase.of("input.amount.not_a_number"));
        assertThat(till.stateProperty().get()).isEqualTo(CashDrawerViewModel.State.CLOSED);
        till.floatAmountProperty().set("150,00");
        till.open();
        assertThat(till.problemProperty().get()).isEqualTo(Phrase.NONE);
        assertThat(till.stateProperty().get()).isEqualTo(CashDrawerViewModel.State.OPEN);
        assertThat(till.drawerProperty().get().openingFloat()).isEqualByComparingTo("150.00");
        assertThat(till.everKeptProperty().get()).isTrue();

        till.amountProperty().set("20");
        till.move(false);
        assertThat(till.problemFieldProperty().get()).as("a pay-out says why").isEqualTo(CashDrawerViewModel.Field.REASON);
        till.reasonProperty().set("Milk for the staff room");
        till.move(false);
        assertThat(till.drawerProperty().get().movements()).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo("pay_out"));
        assertThat(till.reasonProperty().get()).as("the form is cleared for the next").isEmpty();

        OlympusApi manager = DemoServer.login(SHOP, "manager");
        CashDrawerViewModel elsewhere = model(manager, terminal);
        elsewhere.load();
        assertThat(elsewhere.stateProperty().get()).as("the same till, seen again").isEqualTo(CashDrawerViewModel.State.OPEN);
        // A cash sale of 10.00 at 8.25 % tax on this till: 10.83 into the drawer.
        cashier.recordSale(TillDrafts.saleOn(terminal.id(), DemoServer.item(cashier, "SOCK-3").id(), 1, "10.00", "cash"));

        till.countedProperty().set("139");
        CashDrawerViewModel waiting = new CashDrawerViewModel(new CashApi(cashier.client(), terminal.token()), () -> 2,
                terminal.id(), "USD", NOW, NOW);
        waiting.load();
        waiting.countedProperty().set("139");
        waiting.count();
        assertThat(waiting.problemProperty().get()).as("sales still on their way").isEqualTo(Phrase.of("cash.sales_unsent", 2));
        assertThat(waiting.stateProperty().get()).isEqualTo(CashDrawerViewModel.State.OPEN);
        till.count();
        assertThat(till.stateProperty().get()).isEqualTo(CashDrawerViewModel.State.COUNTED);
        assertThat(till.resultShown()).as("a cashier counts blind").isFalse();
        assertThat(till.drawerProperty().get().counted()).isEqualByComparingTo("139.00");

        CashApi cash = new CashApi(manager.client());
        var reconciled = cash.drawer(till.drawerProperty().get().id()).reckoning();
        assertThat(reconciled.expected()).as("150 + 10.83 − 20").isEqualByComparingTo("140.83");
        assertThat(reconciled.variance()).isEqualByComparingTo("-1.83");

        CashDrawerViewModel next = model(manager, terminal);
        next.load();
        assertThat(next.everKeptProperty().get()).as("this till keeps a drawer now").isTrue();
        next.floatAmountProperty().set("100");
        next.open();
        // Counted piece by piece: one 50, two 20s, ten quarters, the total follows.
        next.denominations().stream().filter(d -> d.value().compareTo(new BigDecimal("50")) == 0).findFirst().orElseThrow()
                .pieces().set("1");
        next.denominations().stream().filter(d -> d.value().compareTo(new BigDecimal("20")) == 0).findFirst().orElseThrow()
                .pieces().set("2");
        next.denominations().stream().filter(d -> d.value().compareTo(new BigDecimal("0.25")) == 0).findFirst().orElseThrow()
                .pieces().set("10");
        assertThat(next.countedProperty().get()).isEqualTo("92.50");
        next.countedProperty().set("100");
        next.count();
        assertThat(next.problemFieldProperty().get()).as("the pieces and the total disagree").isEqualTo(CashDrawerViewModel.Field.COUNTED);
        next.denominations().get(0).pieces().set("0");
        next.denominations().stream().filter(d -> d.value().compareTo(new BigDecimal("5")) == 0).findFirst().orElseThrow()
                .pieces().set("1");
        next.denominations().stream().filter(d -> d.value().compareTo(new BigDecimal("1")) == 0).findFirst().orElseThrow()
                .pieces().set("5");
        assertThat(next.countedProperty().get()).isEqualTo("102.50");
        next.denominations().stream().filter(d -> d.value().compareTo(new BigDecimal("0.25")) == 0).findFirst().orElseThrow()
                .pieces().set("");
        assertThat(next.countedProperty().get()).isEqualTo("100.00");
        next.count();
        assertThat(next.drawerProperty().get().countDetail()).containsEntry("50.00", 1).containsEntry("20.00", 2)
                .containsEntry("5.00", 1).containsEntry("1.00", 5).hasSize(4);
        assertThat(next.resultShown()).as("a manager sees the result").isTrue();
        assertThat(next.drawerProperty().get().reckoning().variance()).isEqualByComparingTo("0.00");
    }

    @Test
    void aSecondDrawerOnTheSameTillIsRefusedBesideTheFloat() {
        OlympusApi cashier = DemoServer.login(SHOP, "cashier");
        RegisteredDevice terminal = registeredTill();
        CashDrawerViewModel first = model(cashier, terminal);
        first.load();
        CashDrawerViewModel second = model(cashier, terminal);
        second.load();
        first.floatAmountProperty().set("50");
        first.open();
        second.floatAmountProperty().set("60");
        second.open();
        assertThat(second.stateProperty().get()).isEqualTo(CashDrawerViewModel.State.CLOSED);
        assertThat(second.problemProperty().get().key()).isEqualTo("problem.conflict");
        assertThat(second.problemFieldProperty().get()).isEqualTo(CashDrawerViewModel.Field.FLOAT);
    }

    @Test
    void aChangeWhoseAnswerWasLostAndThenAnotherChangeAreBothTaken() {
        // The server takes the pay-out, but its answer is lost on the way back: the till says it could not reach it.
        AtomicBoolean loseAnswer = new AtomicBoolean();
        OkHttpClient network = new OkHttpClient.Builder().addInterceptor(chain -> {
            var answer = chain.proceed(chain.request());
            if (loseAnswer.getAndSet(false)) {
                answer.close();
                throw new IOException("answer lost");
            }
            return answer;
        }).build();
        OlympusApi api = new OlympusApi(new OlympusClient(DemoServer.url(), network, Clock.systemUTC()));
        api.login(SHOP, "cashier@" + SHOP + ".example", DemoServer.PASSWORD);
        CashDrawerViewModel till = model(api, registeredTill());
        till.load();
        till.floatAmountProperty().set("100");
        till.open();
        till.amountProperty().set("20");
        till.reasonProperty().set("Milk");
        loseAnswer.set(true);
        till.move(false);
        assertThat(till.problemProperty().get()).isEqualTo(Phrase.of("cash.offline"));

        // The cashier pays in change instead: another change, which must not be taken for the pay-out sent again.
        till.amountProperty().set("5");
        till.reasonProperty().set("Change from the safe");
        till.move(true);
        assertThat(till.problemProperty().get()).isEqualTo(Phrase.NONE);
        assertThat(till.drawerProperty().get().movements()).extracting(m -> m.kind() + " " + m.amount().setScale(2).toPlainString())
                .containsExactly("pay_out 20.00", "pay_in 5.00");

        // The same pay-out sent again after a lost answer is still taken once.
        till.amountProperty().set("7");
        till.reasonProperty().set("Stamps");
        loseAnswer.set(true);
        till.move(false);
        assertThat(till.problemProperty().get()).isEqualTo(Phrase.of("cash.offline"));
        till.move(false);
        assertThat(till.problemProperty().get()).isEqualTo(Phrase.NONE);
        assertThat(till.drawerProperty().get().movements()).hasSize(3);
    }

    @Test
    void withoutTheServerTheDrawerWaitsAndSaysSo() {
        // The network goes away after the login: the cable is pulled, not the server stopped.
        AtomicBoolean unplugged = new AtomicBoolean();
        OkHttpClient network = new OkHttpClient.Builder().addInterceptor(chain -> {
            if (unplugged.get()) {
                throw new IOException("network unplugged");
            }
            return chain.proceed(chain.request());
        }).build();
        OlympusApi api = new OlympusApi(new OlympusClient(DemoServer.url(), network, Clock.systemUTC()));
        api.login(SHOP, "cashier@" + SHOP + ".example", DemoServer.PASSWORD);
        unplugged.set(true);
        CashDrawerViewModel model = model(api, new RegisteredDevice(UUID.randomUUID(), "Till", "odt_unused"));
        model.load();
        assertThat(model.stateProperty().get()).isEqualTo(CashDrawerViewModel.State.UNAVAILABLE);
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.of("cash.offline"));
        assertThat(model.money("12.345", true)).as("more decimals than the currency has").isEmpty();
        assertThat(model.money("0", false)).as("a pay-out of nothing").isEmpty();
        assertThat(model.money("0", true)).contains(new BigDecimal("0.00"));
    }

    @Test
    void decimalsAreCountedAsTypedSoAThousandWithASeparatorIsNotTakenForOne() {
        CashDrawerViewModel dollars = unconnected("USD");
        assertThat(dollars.money("1,000", true)).isEmpty();
        assertThat(dollars.money("1.000", true)).isEmpty();
        assertThat(dollars.money("12.50", true)).contains(new BigDecimal("12.50"));
        CashDrawerViewModel yen = unconnected("JPY");
        assertThat(yen.money("10,000", true)).isEmpty();
        assertThat(yen.money("10.0", true)).isEmpty();
        assertThat(yen.money("10000", true)).contains(new BigDecimal("10000"));
        assertThat(dollars.money("1e2", true)).as("no exponents").isEmpty();
        assertThat(dollars.money("1E+2", true)).isEmpty();
        assertThat(dollars.money("-5", true)).isEmpty();
    }

    @Test
    void anUnregisteredTillKeepsNoDrawerAndSaysWhoRegistersIt() {
        OlympusApi cashier = DemoServer.login(SHOP, "cashier");
        CashDrawerViewModel model = new CashDrawerViewModel(new CashApi(cashier.client()), () -> 0, null, "USD", NOW, NOW);
        model.load();
        assertThat(model.stateProperty().get()).isEqualTo(CashDrawerViewModel.State.UNREGISTERED);
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.of("cash.till_unregistered"));
        assertThat(cloud.olympus.fx.i18n.Messages.forLocale(java.util.Locale.ENGLISH).get("cash.till_unregistered"))
                .contains("manager").contains("F9");
        model.floatAmountProperty().set("100");
        model.open();
        assertThat(model.stateProperty().get()).as("nothing is sent").isEqualTo(CashDrawerViewModel.State.UNREGISTERED);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void anotherTillsDrawerIsRefusedByTheServer() {
        OlympusApi cashier = DemoServer.login(SHOP, "cashier");
        RegisteredDevice front = registeredTill();
        RegisteredDevice back = registeredTill();
        CashDrawerViewModel atFront = model(cashier, front);
        atFront.load();
        atFront.floatAmountProperty().set("50");
        atFront.open();
        assertThat(atFront.stateProperty().get()).isEqualTo(CashDrawerViewModel.State.OPEN);

        // The back till's token, naming the front till: the server refuses it.
        CashDrawerViewModel pretending = new CashDrawerViewModel(new CashApi(cashier.client(), back.token()), () -> 0, front.id(),
                "USD", NOW, NOW);
        pretending.load();
        assertThat(pretending.stateProperty().get()).as("it may look").isEqualTo(CashDrawerViewModel.State.OPEN);
        pretending.amountProperty().set("20");
        pretending.reasonProperty().set("Taken");
        pretending.move(false);
        assertThat(pretending.problemProperty().get()).isEqualTo(Phrase.of("cash.till_refused"));
        assertThat(new CashApi(cashier.client()).drawer(atFront.drawerProperty().get().id()).movements()).isEmpty();
    }

    @Test
    void wonAreCountedInWholeNotesAndCoins() {
        CashDrawerViewModel won = unconnected("KRW");
        assertThat(won.denominations()).allSatisfy(d -> assertThat(d.value().stripTrailingZeros().scale()).isLessThanOrEqualTo(0));
        won.denominations().get(won.denominations().size() - 1).pieces().set("3");
        assertThat(won.countedProperty().get()).isEqualTo("3");
    }

    /** A drawer whose server is never asked: only what is typed is read. */
    private static CashDrawerViewModel unconnected(String currency) {
        return new CashDrawerViewModel(new CashApi(new OlympusClient("http://127.0.0.1:9")), () -> 0, UUID.randomUUID(), currency,
                NOW, NOW);
    }

    private static CashDrawerViewModel model(OlympusApi api, RegisteredDevice till) {
        return new CashDrawerViewModel(new CashApi(api.client(), till.token()), () -> 0, till.id(), "USD", NOW, NOW);
    }

    /** A till of the shop, registered by its manager. */
    private static RegisteredDevice registeredTill() {
        return DemoServer.login(SHOP, "manager").registerDevice("Till " + UUID.randomUUID().toString().substring(0, 8));
    }
}
