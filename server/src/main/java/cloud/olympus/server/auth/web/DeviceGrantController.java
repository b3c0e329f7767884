package cloud.olympus.server.auth.web;

import cloud.olympus.server.auth.DevicePairing;
import cloud.olympus.server.shared.web.ClientAddresses;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The device's side of the device authorization grant (RFC 8628): no token, since it has none yet. */
@RestController
@RequestMapping("/api/v1/auth/device")
@Tag(name = "Auth", description = "Login, token refresh and logout")
public class DeviceGrantController {

    private final DevicePairing pairing;
    private final ClientAddresses clientAddresses;

    DeviceGrantController(DevicePairing pairing, ClientAddresses clientAddresses) {
        this.pairing = pairing;
        this.clientAddresses = clientAddresses;
    }

    @ProblemResponses({ProblemType.NOT_FOUND, ProblemType.RATE_LIMITED})
    @PostMapping("/code")
    @Operation(summary = "A device without a keyboard asks to be paired with a person's session",
            description = "Answers the device_code the device keeps and polls with, the user_code it shows (eight letters, "
                    + "BCDF-GHJK) for a person of the business to approve, how many seconds both live (expires_in) and how "
                    + "often the device may ask for its tokens (interval). An unknown slug is a 404; too many codes from one "
                    + "address a 429.")
    DeviceCodeResponse code(@Valid @RequestBody DeviceCodeRequest body, HttpServletRequest request) {
        DevicePairing.DeviceCode code = pairing.start(body.tenantSlug(), clientAddresses.of(request),
                request.getHeader(HttpHeaders.USER_AGENT));
        return new DeviceCodeResponse(code.deviceCode(), code.userCode(), code.expiresIn(), code.interval());
    }

    @ProblemResponses({ProblemType.AUTHORIZATION_PENDING, ProblemType.SLOW_DOWN, ProblemType.ACCESS_DENIED,
            ProblemType.EXPIRED_TOKEN, ProblemType.INVALID_GRANT})
    @PostMapping("/token")
    @Operation(summary = "The device asks for its tokens",
            description = "Once its user code is approved: the token pair of a new session of the person who approved it, "
                    + "exactly once. Until then a 400 problem whose type and `error` member say why, in RFC 8628's words: "
                    + "authorization_pending (ask again after `interval` seconds), slow_down (asked too soon: `interval` grew "
                    + "by 5), access_denied (refused), expired_token (ask for a new code), invalid_grant (unknown or already "
                    + "used device code).")
    AuthController.TokenResponse token(@Valid @RequestBody DeviceTokenRequest body, HttpServletRequest request) {
        return AuthController.TokenResponse.of(pairing.redeem(body.deviceCode(), clientAddresses.of(request),
                request.getHeader(HttpHeaders.USER_AGENT)));
    }

    public record DeviceCodeRequest(@NotBlank @Size(max = 255) String tenantSlug) {
    }

    record DeviceCodeResponse(String deviceCode, String userCode, long expiresIn, int interval) {
    }

    public record DeviceTokenRequest(@NotBlank @Size(max = 128) String deviceCode) {
    }
}
