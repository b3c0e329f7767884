package cloud.olympus.server.auth.web;

import cloud.olympus.server.auth.Pins;
import cloud.olympus.server.shared.web.ClientAddresses;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A registered terminal's side of PIN login: it shows its device token, no access token. */
@RestController
@RequestMapping("/api/v1/auth/pin")
@Tag(name = "Auth", description = "Login, token refresh and logout")
public class PinLoginController {

    public static final String DEVICE_TOKEN = cloud.olympus.server.auth.Devices.TOKEN_HEADER;

    private final Pins pins;
    private final ClientAddresses clientAddresses;

    PinLoginController(Pins pins, ClientAddresses clientAddresses) {
        this.pins = pins;
        this.clientAddresses = clientAddresses;
    }

    @ProblemResponses(ProblemType.INVALID_TOKEN)
    @GetMapping("/staff")
    @Operation(summary = "Who may switch in on this terminal",
            description = "The terminal's business's people who have a PIN, by name, each with whether their PIN is locked. "
                    + "Needs the terminal's X-Device-Token; a missing, unknown or revoked one is a 401 `invalid-token`.")
    StaffList staff(@RequestHeader(name = DEVICE_TOKEN, required = false) String deviceToken) {
        return new StaffList(pins.staff(deviceToken).stream()
                .map(h -> new StaffView(h.userId(), h.displayName(), h.locked())).toList());
    }

    @ProblemResponses({ProblemType.INVALID_TOKEN, ProblemType.INVALID_CREDENTIALS, ProblemType.PIN_LOCKED,
            ProblemType.RATE_LIMITED})
    @PostMapping
    @Operation(summary = "Log in on this terminal with a PIN",
            description = "Answers what POST /auth/login answers; the access token carries the terminal (claim `did`), and "
                    + "refreshing keeps it. A wrong PIN, someone without a PIN or not of the terminal's business: 401 "
                    + "`invalid-credentials`. Too many wrong PINs for one person on one terminal: 429 with Retry-After. The "
                    + "fifth wrong PIN in a row locks it: 423 `pin-locked` until a manager unlocks it. A missing, unknown or "
                    + "revoked X-Device-Token: 401 `invalid-token`.")
    AuthController.TokenResponse login(@RequestHeader(name = DEVICE_TOKEN, required = false) String deviceToken,
                                       @Valid @RequestBody PinLoginRequest body, HttpServletRequest request) {
        return AuthController.TokenResponse.of(pins.login(deviceToken, body.userId(), body.pin(), clientAddresses.of(request),
                request.getHeader(HttpHeaders.USER_AGENT)));
    }

    public record PinLoginRequest(@NotNull UUID userId, @NotNull @Pattern(regexp = "[0-9]{4,6}", message = "must be 4 to 6 digits") String pin) {
    }

    record StaffView(UUID userId, String displayName, boolean locked) {
    }

    record StaffList(List<StaffView> data) {
    }
}
