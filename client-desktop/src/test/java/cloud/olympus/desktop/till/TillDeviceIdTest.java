package cloud.olympus.desktop.till;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.api.RegisteredDevice;
import cloud.olympus.client.cash.CashDrawer;
import cloud.olympus.desktop.DemoServer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A till names itself by its own id until a manager registers it, then by the id it was registered
 * under, for its sales, refunds and drawer; forgetting the registration (revoked) goes back to its
 * own id, and the drawer waits for the till to be registered again.
 */
class TillDeviceIdTest {

    private static final String SHOP = "urban-threads";

    @TempDir
    Path dir;

    @Test
    void aRegisteredTillIsNamedByItsDeviceIdAndKeepsItsDrawer() throws Exception {
        try (Till till = new Till(DemoServer.url(), dir, Clock.systemUTC())) {
            UUID own = till.terminalId();
            assertThat(till.terminalId()).as("kept in its folder").isEqualTo(own);
            assertThat(till.deviceId()).isEmpty();

            till.login(SHOP, "manager@" + SHOP + ".example", DemoServer.PASSWORD);
            var device = till.register("Till " + own.toString().substring(0, 8));
            assertThat(till.deviceId()).contains(device.id());
            assertThat(till.terminalId()).isEqualTo(device.id());
            assertThat(Files.readString(dir.resolve("device-id")).trim()).isEqualTo(device.id().toString());

            CashDrawer opened = till.cash().open(till.terminalId(), new BigDecimal("20.00"), null, UUID.randomUUID().toString());
            assertThat(opened.terminalId()).isEqualTo(device.id());
            assertThat(opened.terminalName()).isEqualTo(device.name());
            till.cash().close(opened.id(), new BigDecimal("20.00"), null, null, UUID.randomUUID().toString());

            till.forgetDevice();
            assertThat(till.deviceId()).isEmpty();
            assertThat(till.terminalId()).as("its own id again").isEqualTo(own);
            assertThat(Files.exists(dir.resolve("device-id"))).isFalse();
        }
    }

    @Test
    void aTokenWithoutTheIdItWasRegisteredUnderNamesNoDevice() throws Exception {
        // Registered before tills kept their id: PIN login goes on, the drawer waits for the till to be registered again.
        Files.writeString(dir.resolve("device-token"), "odt_kept\n");
        try (Till till = new Till(DemoServer.url(), dir, Clock.systemUTC())) {
            assertThat(till.deviceToken()).contains("odt_kept");
            assertThat(till.deviceId()).isEmpty();
            Files.writeString(dir.resolve("device-id"), "not an id\n");
            assertThat(till.deviceId()).as("an unreadable id names no device").isEmpty();
        }
    }

    @Test
    void aTillWithATokenButNoIdLearnsItsIdAtLogin() throws Exception {
        RegisteredDevice device;
        try (Till registering = new Till(DemoServer.url(), dir, Clock.systemUTC())) {
            registering.login(SHOP, "manager@" + SHOP + ".example", DemoServer.PASSWORD);
            device = registering.register("Till learning " + UUID.randomUUID().toString().substring(0, 8));
        }
        // As kept before tills kept their id: the token alone.
        Files.delete(dir.resolve("device-id"));
        try (Till till = new Till(DemoServer.url(), dir, Clock.systemUTC())) {
            assertThat(till.deviceId()).isEmpty();
            till.login(SHOP, "cashier@" + SHOP + ".example", DemoServer.PASSWORD);
            assertThat(till.deviceId()).as("learnt at login").contains(device.id());
            assertThat(till.terminalId()).isEqualTo(device.id());
            assertThat(Files.readString(dir.resolve("device-id")).trim()).isEqualTo(device.id().toString());
            CashDrawer opened = till.cash().open(till.terminalId(), new BigDecimal("10.00"), null, UUID.randomUUID().toString());
            assertThat(opened.terminalName()).as("its drawer opens at once").isEqualTo(device.name());
            till.cash().close(opened.id(), new BigDecimal("10.00"), null, null, UUID.randomUUID().toString());
        }

        // A revoked registration is forgotten at the next login, id and all.
        try (Till manager = new Till(DemoServer.url(), dir.resolve("manager"), Clock.systemUTC())) {
            manager.login(SHOP, "manager@" + SHOP + ".example", DemoServer.PASSWORD);
            new BusinessAdmin(manager.api().client()).revokeDevice(device.id());
        }
        try (Till till = new Till(DemoServer.url(), dir, Clock.systemUTC())) {
            till.login(SHOP, "cashier@" + SHOP + ".example", DemoServer.PASSWORD);
            assertThat(till.deviceToken()).as("the revoked token is forgotten").isEmpty();
            assertThat(till.deviceId()).isEmpty();
        }
    }
}
