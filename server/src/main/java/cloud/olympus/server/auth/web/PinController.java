package cloud.olympus.server.auth.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.AnyUser;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.Pins;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** PINs for switching user on a shared terminal: one's own, and a manager's unlock and an admin's removal. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "The people who can log in to a tenant; managed by owners and admins")
public class PinController {

    private final Pins pins;

    PinController(Pins pins) {
        this.pins = pins;
    }

    @AnyUser
    @ProblemResponses(ProblemType.RATE_LIMITED)
    @PutMapping("/me/pin")
    @Operation(summary = "Set one's own PIN for shared terminals",
            description = "4 to 6 digits, not one digit repeated nor a run like 1234 or 4321 (400 `validation-failed`, field "
                    + "`pin`); `password` is the caller's password (400 with field `password` when it is not right; too many "
                    + "wrong ones: 429). A new PIN starts unlocked.")
    ResponseEntity<Void> setOwn(@Valid @RequestBody SetPinRequest body) {
        pins.setOwn(CurrentCaller.get(), body.pin(), body.password());
        return ResponseEntity.noContent().build();
    }

    @Requires(Permission.DEVICE_MANAGE)
    @PostMapping("/{id}/pin/unlock")
    @Operation(summary = "Unlock a user's PIN after too many wrong tries",
            description = "Clears the lock and the count of wrong tries. 404 when the user has no PIN.")
    ResponseEntity<Void> unlock(@PathVariable UUID id) {
        pins.unlock(CurrentCaller.get(), id);
        return ResponseEntity.noContent().build();
    }

    @Requires(Permission.USER_ADMIN)
    @DeleteMapping("/{id}/pin")
    @Operation(summary = "Remove a user's PIN", description = "They can no longer switch in on terminals until they set one.")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        pins.remove(CurrentCaller.get(), id);
        return ResponseEntity.noContent().build();
    }

    public record SetPinRequest(@NotNull @Size(max = 6) String pin, @NotBlank @Size(max = 256) String password) {
    }
}
