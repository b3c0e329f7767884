package cloud.olympus.desktop.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.admin.WorkforceAdmin;
import cloud.olympus.client.admin.WorkforceAdmin.StaffRole;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.model.auth.Permission;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jobs added and renamed against the demo server, the calls made in place of a background thread. */
class RolesViewModelTest {

    private WorkforceAdmin workforce;
    private RolesViewModel roles;

    @BeforeEach
    void load() {
        OlympusApi owner = DemoServer.login("harbor-hotel", "owner");
        workforce = new WorkforceAdmin(owner.client());
        roles = new RolesViewModel(workforce, new Background(Runnable::run, Runnable::run));
        roles.load();
    }

    @Test
    void aNewJobIsCheckedAsTheServerChecksItThenAddedWithWhatItAdds() {
        String code = "night_porter_" + UUID.randomUUID().toString().substring(0, 6).replace('-', '_');
        roles.startNew();
        assertThat(roles.addingProperty().get()).isTrue();
        assertThat(roles.selectedProperty().get()).isNull();

        roles.codeProperty().set("Night Porter");
        roles.nameProperty().set("Night porter");
        roles.save();
        assertThat(roles.form().problemsProperty().get().of("code").key()).isEqualTo("console.settings.roles.code_invalid");

        roles.codeProperty().set(roles.staffRoles().get(0).code());
        roles.save();
        assertThat(roles.form().problemsProperty().get().of("code").key()).as("an existing job is not overwritten")
                .isEqualTo("console.settings.roles.code_taken");

        roles.codeProperty().set(code);
        roles.nameProperty().set("   ");
        roles.save();
        assertThat(roles.form().problemsProperty().get().of("name").key()).isEqualTo("console.settings.roles.name_invalid");
        assertThat(workforce.roles()).extracting(StaffRole::code).doesNotContain(code);

        roles.nameProperty().set(" Night porter ");
        roles.extraProperty(Permission.STOCK_VIEW).set(true);
        roles.save();
        assertThat(roles.form().problemsProperty().get().isEmpty()).isTrue();
        assertThat(roles.addingProperty().get()).isFalse();
        assertThat(roles.selectedProperty().get().code()).isEqualTo(code);
        assertThat(roles.staffRoles()).extracting(StaffRole::code).contains(code);
        StaffRole stored = workforce.roles().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        assertThat(stored.name()).isEqualTo("Night porter");
        assertThat(stored.permissions()).containsExactly("stock_view");
    }

    @Test
    void aJobIsRenamedKeepingItsCodeAndWhatItAdds() {
        StaffRole job = roles.staffRoles().stream().filter(r -> r.code().equals("host")).findFirst().orElseThrow();
        roles.select(job);
        assertThat(roles.nameProperty().get()).isEqualTo(job.name());
        assertThat(roles.addingProperty().get()).isFalse();

        roles.nameProperty().set("");
        roles.save();
        assertThat(roles.form().problemsProperty().get().of("name").key()).isEqualTo("console.settings.roles.name_invalid");

        roles.nameProperty().set("Greeter");
        roles.save();
        StaffRole renamed = workforce.roles().stream().filter(r -> r.code().equals("host")).findFirst().orElseThrow();
        assertThat(renamed.name()).isEqualTo("Greeter");
        assertThat(renamed.permissions()).isEqualTo(job.permissions());
        assertThat(roles.staffRoles()).filteredOn(r -> r.code().equals("host")).extracting(StaffRole::name).containsExactly("Greeter");

        roles.nameProperty().set(job.name());
        roles.save();
        assertThat(workforce.roles()).filteredOn(r -> r.code().equals("host")).extracting(StaffRole::name).containsExactly(job.name());
    }
}
