package cloud.olympus.desktop.console;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.Session;
import cloud.olympus.client.manager.Place;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/** The console's frame: which screens the navigation offers, which is open, and the location every screen reads. */
class ConsoleViewModelTest {

    private final List<String> told = new ArrayList<>();

    /** A screen that writes down when it comes on and goes off screen. */
    private final class Screen implements ConsoleScreen {
        private final String id;
        private final Permission needs;

        Screen(String id, Permission needs) {
            this.id = id;
            this.needs = needs;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public boolean allowedFor(Session session) {
            return session.may(needs);
        }

        @Override
        public Node view() {
            throw new UnsupportedOperationException("no view in a view model's test");
        }

        @Override
        public void shown() {
            told.add("shown " + id);
        }

        @Override
        public void hidden() {
            told.add("hidden " + id);
        }
    }

    private final List<ConsoleScreen> all = List.of(new Screen("dashboard", Permission.REPORTS_VIEW),
            new Screen("staff", Permission.STAFF_ADMIN), new Screen("settings", Permission.TENANT_SETTINGS));

    private static Session as(Role role) {
        return Session.fromRoles(UUID.randomUUID(), UUID.randomUUID(), Set.of(role), "Ana");
    }

    @Test
    void theNavigationOffersOnlyTheScreensThePersonMayOpen() {
        ConsoleViewModel manager = new ConsoleViewModel(all, as(Role.MANAGER), new ConsoleScope(), Runnable::run, Runnable::run);
        ConsoleViewModel owner = new ConsoleViewModel(all, as(Role.OWNER), new ConsoleScope(), Runnable::run, Runnable::run);

        assertThat(manager.screens()).extracting(ConsoleScreen::id).containsExactly("dashboard");
        assertThat(owner.screens()).extracting(ConsoleScreen::id).containsExactly("dashboard", "staff", "settings");
        assertThat(owner.open("staff")).isTrue();
        assertThat(manager.open("staff")).isFalse();
    }

    @Test
    void theFirstScreenOpensAndEachIsToldWhenItComesAndGoes() {
        ConsoleViewModel model = new ConsoleViewModel(all, as(Role.OWNER), new ConsoleScope(), Runnable::run, Runnable::run);

        model.start(List::of);
        assertThat(model.openProperty().get().id()).isEqualTo("dashboard");
        model.open(2);
        model.open(2);
        model.open(7);
        model.leave();
        model.back();

        assertThat(told).containsExactly("shown dashboard", "hidden dashboard", "shown settings", "hidden settings", "shown settings");
        assertThat(model.openProperty().get().id()).isEqualTo("settings");
    }

    @Test
    void theOrganisationsLocationsArePickedFromAndOneThatWentAwayFallsBackToTheWhole() {
        ConsoleScope scope = new ConsoleScope();
        ConsoleViewModel model = new ConsoleViewModel(all, as(Role.OWNER), scope, Runnable::run, Runnable::run);
        Place downtown = new Place(UUID.randomUUID(), "downtown", "Downtown");
        Place harbour = new Place(UUID.randomUUID(), "harbour", "Harbour");

        model.start(() -> List.of(downtown, harbour));
        assertThat(scope.places()).containsExactly(downtown, harbour);
        assertThat(scope.locationId()).isNull();
        scope.placeProperty().set(harbour);
        assertThat(scope.locationId()).isEqualTo(harbour.id());

        scope.placesAre(List.of(downtown));
        assertThat(scope.locationId()).isNull();
    }

    @Test
    void withoutTheLocationsTheWholeBusinessIsShown() {
        ConsoleScope scope = new ConsoleScope();
        new ConsoleViewModel(all, as(Role.MANAGER), scope, Runnable::run, Runnable::run).start(() -> {
            throw new IllegalStateException("the server is away");
        });
        assertThat(scope.places()).isEmpty();
        assertThat(scope.locationId()).isNull();
    }
}
