package cloud.olympus.server.auth.web;

import cloud.olympus.server.auth.Sessions;
import cloud.olympus.server.auth.TokenPair;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Auth", description = "Login, token refresh and logout")
public class AuthController {

    private final Sessions sessions;
    private final ClientAddresses clientAddresses;

    AuthController(Sessions sessions, ClientAddresses clientAddresses) {
        this.sessions = sessions;
        this.clientAddresses = clientAddresses;
    }

    @ProblemResponses({ProblemType.INVALID_CREDENTIALS, ProblemType.RATE_LIMITED})
    @PostMapping("/login")
    @Operation(summary = "Log in with tenant slug, email and password",
            description = "Answers an access token (JWT, 1 hour) and a refresh token. Wrong slug, email or password all answer "
                    + "the same 401. Too many failed attempts (for the account from one address, for the account overall, or from "
                    + "one address) answer 429 with Retry-After; successful logins never count.")
    TokenResponse login(@Valid @RequestBody LoginRequest body, HttpServletRequest request) {
        return TokenResponse.of(sessions.login(body.tenantSlug(), body.email(), body.password(),
                clientAddresses.of(request), request.getHeader(HttpHeaders.USER_AGENT)));
    }

    @ProblemResponses({ProblemType.INVALID_TOKEN, ProblemType.RATE_LIMITED})
    @PostMapping("/refresh")
    @Operation(summary = "Exchange a refresh token for a new pair",
            description = "The presented refresh token is spent; presenting it again revokes the whole session.")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest body, HttpServletRequest request) {
        return TokenResponse.of(sessions.refresh(body.refreshToken(), request.getHeader(HttpHeaders.USER_AGENT)));
    }

    @PostMapping("/logout")
    @Operation(summary = "End the session a refresh token belongs to")
    ResponseEntity<Void> logout(@Valid @RequestBody RefreshRequest body) {
        sessions.logout(body.refreshToken());
        return ResponseEntity.noContent().build();
    }

    public record LoginRequest(@NotBlank @Size(max = 255) String email,
                               @NotBlank @Size(max = 256) String password,
                               @NotBlank @Size(max = 255) String tenantSlug) {
    }

    public record RefreshRequest(@NotBlank @Size(max = 128) String refreshToken) {
    }

    /** The token pair of a login, a refresh or a paired device. */
    record TokenResponse(String accessToken, String refreshToken, long expiresIn) {
        static TokenResponse of(TokenPair pair) {
            return new TokenResponse(pair.accessToken(), pair.refreshToken(), pair.expiresIn());
        }
    }
}
