package cloud.olympus.desktop.console.review;

import static cloud.olympus.desktop.DemoServer.item;
import static cloud.olympus.desktop.DemoServer.login;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.ApprovalDraft;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.client.manager.Place;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.model.approvals.ApprovalKind;
import cloud.olympus.model.approvals.ApprovalStatus;
import cloud.olympus.server.support.TillDrafts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The review screen's workings against a real server: a sale that differs from the catalogue, cleared; approvals decided. */
class ReviewViewModelTest {

    private static final String RESTAURANT = "bella-cucina-downtown";
    private static final Executor NOW = Runnable::run;

    @BeforeAll
    static void startServer() {
        DemoServer.url();
    }

    @Test
    void aSaleChargedBelowTheCatalogueIsShownWithItsDifferenceInWordsAndClearedWithANote() {
        OlympusApi manager = login(RESTAURANT, "manager");
        OrderSummary sale = manager.recordSale(TillDrafts.sale(item(manager, "PIZ-MAR").id(), 1, "1.00", "cash"));
        ReviewViewModel model = new ReviewViewModel(manager, NOW, NOW);
        model.load();

        OrderSummary shown = model.sales().stream().filter(s -> s.id().equals(sale.id())).findFirst().orElseThrow();
        assertThat(shown.needsReview()).isTrue();
        Messages english = Messages.forLocale(Locale.ENGLISH);
        MoneyFormat money = MoneyFormat.of(english, shown.currency());
        assertThat(ReviewViewModel.differences(shown, money::format)).extracting(english::text)
                .anySatisfy(text -> assertThat(text).startsWith("Line 1, ").contains("charged $1.00 a unit, the catalogue says $"));

        model.selectedProperty().set(shown);
        model.markReviewed();
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.of("console.review.note_needed"));
        model.noteProperty().set("Staff meal, agreed by the chef");
        model.markReviewed();
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.of("console.review.done", sale.orderNumber()));
        assertThat(model.sales()).noneMatch(s -> s.id().equals(sale.id()));
        assertThat(model.selectedProperty().get()).isNull();
        OrderSummary after = manager.order(sale.id());
        assertThat(after.needsReview()).isFalse();
        assertThat(after.reviewNote()).isEqualTo("Staff meal, agreed by the chef");
    }

    @Test
    void approvalsDecidedShowWhoAskedWhoDecidedAndHowMuch() {
        OlympusApi cashier = login(RESTAURANT, "cashier");
        OlympusApi manager = login(RESTAURANT, "manager");
        Approval asked = cashier.requestApproval(new ApprovalDraft(ApprovalKind.DISCOUNT, "10 % off for table 4",
                new BigDecimal("4.20"), null, Map.of(), null));
        manager.decline(asked.id(), "Not today");

        ReviewViewModel model = new ReviewViewModel(manager, NOW, NOW);
        model.load();
        assertThat(model.approvals()).noneMatch(a -> a.status() == ApprovalStatus.PENDING);
        Approval shown = model.approvals().stream().filter(a -> a.id().equals(asked.id())).findFirst().orElseThrow();
        assertThat(shown.status()).isEqualTo(ApprovalStatus.DECLINED);
        assertThat(shown.requesterName()).isEqualTo(cashier.session().displayName());
        assertThat(shown.deciderName()).isEqualTo(manager.session().displayName());
        assertThat(shown.amount()).isEqualByComparingTo("4.20");
        assertThat(model.currencyProperty().get()).isEqualTo("USD");
        assertThat(shown.reason()).isEqualTo("Not today");
        assertThat(shown.decidedAt()).isNotNull();
    }

    @Test
    void salesToReviewComeAPageAtATimeSoNoneIsOutOfSight() {
        OlympusApi manager = login(RESTAURANT, "manager");
        List<OrderSummary> recorded = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            recorded.add(0, manager.recordSale(TillDrafts.sale(item(manager, "PIZ-MAR").id(), 1, "1.00", "cash")));
        }
        ReviewViewModel model = new ReviewViewModel(manager, NOW, NOW, new SimpleObjectProperty<>(), 2);
        model.load();
        assertThat(model.sales()).hasSize(2);
        assertThat(model.moreSalesProperty().get()).isTrue();

        for (int pages = 0; pages < 1000 && model.moreSalesProperty().get()
                && !model.sales().stream().map(OrderSummary::id).toList().contains(recorded.get(2).id()); pages++) {
            model.moreSales();
        }
        assertThat(model.sales()).extracting(OrderSummary::id).doesNotHaveDuplicates()
                .containsSubsequence(recorded.stream().map(OrderSummary::id).toList());
        assertThat(model.sales()).allSatisfy(s -> assertThat(s.needsReview()).isTrue());
    }

    @Test
    void approvalsComeAPageAtATimeAndOnlyThoseAskedBetweenTheDatesChosen() {
        OlympusApi cashier = login(RESTAURANT, "cashier");
        OlympusApi manager = login(RESTAURANT, "manager");
        List<UUID> declined = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Approval asked = cashier.requestApproval(new ApprovalDraft(ApprovalKind.OTHER, "Open the drawer " + i, null, null,
                    Map.of(), null));
            manager.decline(asked.id(), "No");
            declined.add(0, asked.id());
        }
        ReviewViewModel model = new ReviewViewModel(manager, NOW, NOW, new SimpleObjectProperty<>(), 2);
        model.load();
        assertThat(model.approvals()).extracting(Approval::id).containsExactlyElementsOf(declined.subList(0, 2));
        assertThat(model.moreApprovalsProperty().get()).isTrue();
        model.moreApprovals();
        assertThat(model.approvals()).hasSizeGreaterThanOrEqualTo(3).extracting(Approval::id).doesNotHaveDuplicates()
                .startsWith(declined.toArray(UUID[]::new));

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        model.fromProperty().set(today.plusDays(2));
        model.loadApprovals();
        assertThat(model.approvals()).isEmpty();
        assertThat(model.moreApprovalsProperty().get()).isFalse();
        model.fromProperty().set(today.minusDays(1));
        model.toProperty().set(today.plusDays(1));
        model.loadApprovals();
        assertThat(model.approvals()).extracting(Approval::id).containsExactlyElementsOf(declined.subList(0, 2));

        model.toProperty().set(today.minusDays(2));
        model.loadApprovals();
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.of("console.review.dates_reversed"));
    }

    @Test
    void theSalesToReviewAreThoseOfTheLocationPickedInTheHeaderAndAreClearedThere() {
        OlympusApi owner = login("bella-cucina", "owner");
        OlympusApi harbor = login("bella-cucina-harbor", "manager");
        OrderSummary sale = harbor.recordSale(TillDrafts.sale(item(harbor, "PIZ-MAR").id(), 1, "1.00", "cash"));
        Place harborPlace = new ManagerApi(owner).locations().stream().filter(p -> p.slug().equals("bella-cucina-harbor"))
                .findFirst().orElseThrow();
        ObjectProperty<Place> header = new SimpleObjectProperty<>();
        ReviewViewModel model = new ReviewViewModel(owner, NOW, NOW, header);
        model.load();
        assertThat(model.sales()).as("the business's own").noneMatch(s -> s.id().equals(sale.id()));

        header.set(harborPlace);
        OrderSummary shown = model.sales().stream().filter(s -> s.id().equals(sale.id())).findFirst().orElseThrow();
        model.selectedProperty().set(shown);
        model.noteProperty().set("Staff meal at the harbor");
        model.markReviewed();
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.of("console.review.done", sale.orderNumber()));
        assertThat(harbor.order(sale.id()).reviewNote()).isEqualTo("Staff meal at the harbor");

        header.set(null);
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.sales()).noneMatch(s -> s.id().equals(sale.id()));
    }
}
