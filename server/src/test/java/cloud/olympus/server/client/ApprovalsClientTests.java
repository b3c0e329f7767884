package cloud.olympus.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.ApprovalDraft;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.realtime.RealtimeClient;
import cloud.olympus.model.approvals.ApprovalKind;
import cloud.olympus.model.approvals.ApprovalStatus;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import cloud.olympus.server.support.UserRequests;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The client library's approval calls and live approvals, against the server. */
class ApprovalsClientTests extends ApiTest {

    @Test
    void aTillAsksAndAManagerDecidesThroughTheClientLibrary() {
        TestShop shop = openShop("retail");
        OlympusApi till = as(shop, "cashier");
        OlympusApi manager = as(shop, "manager");
        List<Approval> heardByManager = new CopyOnWriteArrayList<>();
        List<Approval> heardByTill = new CopyOnWriteArrayList<>();
        try (RealtimeClient managerLive = manager.liveApprovals(heardByManager::add);
             RealtimeClient tillLive = till.liveApprovals(heardByTill::add)) {
            managerLive.start();
            tillLive.start();
            await().atMost(Duration.ofSeconds(15)).until(() -> managerLive.state().name().equals("LIVE")
                    && tillLive.state().name().equals("LIVE"));

            Approval asked = till.requestApproval(new ApprovalDraft(ApprovalKind.OTHER, "Open the drawer", null, null,
                    Map.of("why", "change"), null));
            assertThat(asked.status()).isEqualTo(ApprovalStatus.PENDING);
            assertThat(asked.remainingAt(asked.requestedAt())).isEqualTo(Duration.ofMinutes(2));
            assertThat(manager.pendingApprovals()).extracting(Approval::id).contains(asked.id());
            await().atMost(Duration.ofSeconds(15)).until(() -> heardByManager.stream().anyMatch(a -> a.id().equals(asked.id())));

            Approval declined = manager.decline(asked.id(), "Not now");
            assertThat(declined.status()).isEqualTo(ApprovalStatus.DECLINED);
            assertThat(declined.reason()).isEqualTo("Not now");
            await().atMost(Duration.ofSeconds(15)).until(() -> heardByTill.stream()
                    .anyMatch(a -> a.id().equals(asked.id()) && a.status() == ApprovalStatus.DECLINED));
            assertThat(till.approval(asked.id()).status()).isEqualTo(ApprovalStatus.DECLINED);
            assertThatThrownBy(() -> manager.approve(asked.id(), null)).isInstanceOf(OlympusApiException.class)
                    .satisfies(e -> assertThat(((OlympusApiException) e).status()).isEqualTo(409));
        }
    }

    private OlympusApi as(TestShop shop, String role) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 6) + "@" + shop.tenant().slug() + ".test";
        assertThat(shop.owner().post("/api/v1/users", UserRequests.user(email, role)).status()).isEqualTo(201);
        OlympusApi api = new OlympusApi(new OlympusClient("http://localhost:" + port));
        api.login(shop.tenant().slug(), email, TestTenants.PASSWORD);
        return api;
    }
}
