package cloud.olympus.server.auth.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.DevicePairing;
import cloud.olympus.server.auth.PairedDevice;
import cloud.olympus.server.auth.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Devices paired with a pairing code (watches) whose session is open: listed, and their sessions ended, by managers. */
@RestController
@RequestMapping("/api/v1/devices/paired")
@Tag(name = "Devices", description = "Shared terminals registered for PIN login; managed by owners, admins and managers")
public class PairedDeviceController {

    private final DevicePairing pairing;

    PairedDeviceController(DevicePairing pairing) {
        this.pairing = pairing;
    }

    @Requires(Permission.DEVICE_MANAGE)
    @GetMapping
    @Operation(summary = "The business's paired devices (watches) whose session is open, newest pairing first",
            description = "Each with whose session it holds (name and roles), the device's own description, when it was "
                    + "paired and when it last refreshed its session.")
    PairedList list() {
        return new PairedList(pairing.paired().stream().map(PairedView::of).toList());
    }

    @Requires(Permission.DEVICE_MANAGE)
    @DeleteMapping("/{id}")
    @Operation(summary = "End a paired device's session",
            description = "Its refresh token is refused from now on and its access token within the session check, as after a "
                    + "logout; the person's other sessions go on. A device whose session already ended is a 404.")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        pairing.unpair(CurrentCaller.get(), id);
        return ResponseEntity.noContent().build();
    }

    record PairedView(UUID id, UUID userId, String userName, List<String> roles, String userAgent, Instant pairedAt,
                      Instant lastUsedAt) {
        static PairedView of(PairedDevice d) {
            return new PairedView(d.id(), d.userId(), d.userName(), d.roles().stream().sorted().map(Role::wireName).toList(),
                    d.userAgent(), d.pairedAt(), d.lastUsedAt());
        }
    }

    record PairedList(List<PairedView> data) {
    }
}
