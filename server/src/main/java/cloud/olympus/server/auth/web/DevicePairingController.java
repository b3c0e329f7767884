package cloud.olympus.server.auth.web;

import cloud.olympus.server.auth.AnyUser;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.DevicePairing;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The person's side of the device authorization grant: whoever is logged in types the code their
 * device shows, and hands it a session of their own (so no permission beyond being logged in).
 */
@RestController
@RequestMapping("/api/v1/auth/device")
@Tag(name = "Auth", description = "Login, token refresh and logout")
public class DevicePairingController {

    private final DevicePairing pairing;

    DevicePairingController(DevicePairing pairing) {
        this.pairing = pairing;
    }

    @AnyUser
    @ProblemResponses({ProblemType.NOT_FOUND, ProblemType.RATE_LIMITED})
    @PostMapping("/approve")
    @Operation(summary = "Approve the code a device shows: it gets a session of yours",
            description = "Any logged-in user of the business the device asked for; case, dashes and spaces in the code do not "
                    + "matter. A code that is unknown, of another business, already decided or run out is a 404; too many "
                    + "wrong codes a 429.")
    ResponseEntity<Void> approve(@Valid @RequestBody UserCodeRequest body) {
        pairing.approve(body.userCode(), CurrentCaller.get());
        return ResponseEntity.noContent().build();
    }

    @AnyUser
    @ProblemResponses({ProblemType.NOT_FOUND, ProblemType.RATE_LIMITED})
    @PostMapping("/deny")
    @Operation(summary = "Refuse the code a device shows: it is told access_denied")
    ResponseEntity<Void> deny(@Valid @RequestBody UserCodeRequest body) {
        pairing.deny(body.userCode(), CurrentCaller.get());
        return ResponseEntity.noContent().build();
    }

    public record UserCodeRequest(@NotBlank @Size(max = 32) String userCode) {
    }
}
