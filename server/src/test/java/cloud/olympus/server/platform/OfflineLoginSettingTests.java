package cloud.olympus.server.platform;

import static cloud.olympus.server.support.TenantRequests.settings;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How long tills let people log in without the server: a week unless the business says, from one day to ninety. */
class OfflineLoginSettingTests extends ApiTest {

    @Test
    void aNewBusinessStartsWithAWeekAndTillsReadIt() {
        Http owner = openShop("restaurant").owner();
        assertThat(owner.get("/api/v1/tenant").json().get("settings").get("offline_login_days").asInt()).isEqualTo(7);
    }

    @Test
    void theOwnerSetsItFromOneToNinetyWholeDays() {
        Http owner = openShop("retail").owner();
        for (Object days : new Object[]{1, 30, 90}) {
            assertThat(owner.patch("/api/v1/tenant", settings(Map.of("offline_login_days", days))).status())
                    .as("%s days", days).isEqualTo(200);
        }
        assertThat(owner.get("/api/v1/tenant").json().get("settings").get("offline_login_days").asInt()).isEqualTo(90);

        for (Object days : new Object[]{0, -3, 91, 365, 2.5, "7", true}) {
            Http.Response refused = owner.patch("/api/v1/tenant", settings(Map.of("offline_login_days", days)));
            assertThat(refused.status()).as("%s", days).isEqualTo(400);
            assertThat(refused.json().get("field").asString()).isEqualTo("settings.offline_login_days");
            assertThat(refused.json().get("detail").asString()).contains("from 1 to 90");
        }
        assertThat(owner.get("/api/v1/tenant").json().get("settings").get("offline_login_days").asInt())
                .as("unchanged by what was refused").isEqualTo(90);
    }
}
