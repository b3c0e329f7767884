package cloud.olympus.server.auth.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.AnyUser;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.Device;
import cloud.olympus.server.auth.Devices;
import cloud.olympus.server.auth.InvalidDeviceToken;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.NotAllowed;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/devices")
@Tag(name = "Devices", description = "Shared terminals registered for PIN login; managed by owners, admins and managers")
public class DeviceController {

    private final Devices devices;

    DeviceController(Devices devices) {
        this.devices = devices;
    }

    @Requires(Permission.DEVICE_MANAGE)
    @PostMapping
    @Operation(summary = "Register a shared terminal",
            description = "Answers the terminal with its device token (`odt_...`), this once: the terminal keeps it and sends it "
                    + "as X-Device-Token for PIN login. location_id: the business (the default) or one of its locations.")
    ResponseEntity<RegisteredView> register(@Valid @RequestBody RegisterRequest body) {
        Devices.Registered registered = devices.register(CurrentCaller.get(), body.name(), body.locationId());
        Device d = registered.device();
        return ResponseEntity.created(URI.create("/api/v1/devices/" + d.id())).body(new RegisteredView(d.id(), d.name(),
                d.locationId(), d.registeredAt(), d.registeredBy(), d.lastUsedAt(), d.revokedAt(), registered.token()));
    }

    @Requires(Permission.DEVICE_MANAGE)
    @GetMapping
    @Operation(summary = "The business's terminals, live ones first, newest first; never their tokens")
    DeviceList list() {
        return new DeviceList(devices.list().stream().map(DeviceView::of).toList());
    }

    @AnyUser
    @ProblemResponses(ProblemType.INVALID_TOKEN)
    @GetMapping("/current")
    @Operation(summary = "The terminal whose X-Device-Token is sent",
            description = "Its id, name and location_id, for a till that kept its token but not the id it was registered "
                    + "under. No X-Device-Token: 400; a malformed, unknown or revoked one: 401 `invalid-token`; a till of "
                    + "another business than the caller's: 403.")
    CurrentDevice current(@RequestHeader(name = Devices.TOKEN_HEADER, required = false) String deviceToken) {
        if (deviceToken == null || deviceToken.isBlank()) {
            throw new InvalidInput(Devices.TOKEN_HEADER + " is required: the token the till was registered with")
                    .field(Devices.TOKEN_HEADER);
        }
        Device device = devices.ofToken(deviceToken).orElseThrow(InvalidDeviceToken::new);
        if (!device.tenantId().equals(TenantContext.require())) {
            throw new NotAllowed("The X-Device-Token is a till of another business");
        }
        return new CurrentDevice(device.id(), device.name(), device.locationId());
    }

    @Requires(Permission.DEVICE_MANAGE)
    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a terminal",
            description = "Its token stops working at once, and so do the sessions opened on it with a PIN. Revoking it again "
                    + "changes nothing.")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        devices.revoke(CurrentCaller.get(), id);
        return ResponseEntity.noContent().build();
    }

    public record RegisterRequest(@NotBlank @Size(max = 100) String name, UUID locationId) {
    }

    record DeviceView(UUID id, String name, UUID locationId, Instant registeredAt, UUID registeredBy, Instant lastUsedAt,
                      Instant revokedAt) {
        static DeviceView of(Device d) {
            return new DeviceView(d.id(), d.name(), d.locationId(), d.registeredAt(), d.registeredBy(), d.lastUsedAt(),
                    d.revokedAt());
        }
    }

    record RegisteredView(UUID id, String name, UUID locationId, Instant registeredAt, UUID registeredBy, Instant lastUsedAt,
                          Instant revokedAt, String token) {
    }

    record DeviceList(List<DeviceView> data) {
    }

    record CurrentDevice(UUID id, String name, UUID locationId) {
    }
}
