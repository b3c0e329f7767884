package cloud.olympus.server.auth.web;

import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import cloud.olympus.server.auth.AnyUser;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.NewUser;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.auth.User;
import cloud.olympus.server.auth.UserAccounts;
import cloud.olympus.server.auth.UserChanges;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.shared.web.ApiProblem;
import cloud.olympus.server.shared.web.Page;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "The people who can log in to a tenant; managed by owners and admins")
public class UserController {

    private final UserAccounts accounts;

    UserController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @AnyUser
    @GetMapping("/me")
    @Operation(summary = "The user the access token belongs to",
            description = "Also while an owner acts for a location (X-Tenant-Id): the user is read from their own tenant.")
    MeView me() {
        var caller = CurrentCaller.get();
        return TenantContext.callAs(caller.homeTenantId(), () -> accounts.find(caller.userId()))
                .map(user -> MeView.of(user, caller)).orElseThrow(() -> ApiProblem.notFound("User"));
    }

    @Requires(Permission.USER_ADMIN)
    @GetMapping
    @Operation(summary = "List users, by email")
    Page<UserView> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        int size = Page.limit(limit);
        List<User> rows = accounts.page(Page.decode(cursor).orElse(null), size + 1);
        return Page.of(rows, size, User::email, UserView::of);
    }

    @Requires(Permission.USER_ADMIN)
    @GetMapping("/{id}")
    @Operation(summary = "One user")
    UserView get(@PathVariable UUID id) {
        return accounts.find(id).map(UserView::of).orElseThrow(() -> ApiProblem.notFound("User"));
    }

    @Requires(Permission.USER_ADMIN)
    @ProblemResponses(ProblemType.CONFLICT)
    @PostMapping
    @Operation(summary = "Add a user", description = "Admins cannot grant the owner role.")
    ResponseEntity<UserView> create(@Valid @RequestBody CreateUserRequest body) {
        User user = accounts.create(CurrentCaller.get(), new NewUser(body.email(), body.password(), body.phone(),
                body.displayName(), parseRoles(body.roles()), body.metadata()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(UserView.of(user));
    }

    @Requires(Permission.USER_ADMIN)
    @ProblemResponses(ProblemType.CONFLICT)
    @PatchMapping("/{id}")
    @Operation(summary = "Change a user's roles, password, phone, name or metadata",
            description = "A new password or changed roles end the user's open sessions.")
    UserView update(@PathVariable UUID id, @Valid @RequestBody UpdateUserRequest body) {
        UserChanges changes = new UserChanges(Optional.ofNullable(body.phone()), Optional.ofNullable(body.displayName()),
                Optional.ofNullable(body.roles()).map(UserController::parseRoles), Optional.ofNullable(body.password()),
                Optional.ofNullable(body.metadata()));
        return UserView.of(accounts.update(CurrentCaller.get(), id, changes));
    }

    @Requires(Permission.USER_ADMIN)
    @ProblemResponses(ProblemType.CONFLICT)
    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a user", description = "The last owner cannot be removed.")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        accounts.delete(CurrentCaller.get(), id);
        return ResponseEntity.noContent().build();
    }

    @Requires(Permission.USER_ADMIN)
    @ProblemResponses({ProblemType.CONFLICT, ProblemType.FORBIDDEN})
    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate a user", description = "They can no longer log in (password, PIN or refresh), their "
            + "sessions end at once and they leave the lists of who may switch in; their orders, shifts, time and audit "
            + "entries stay with their name. Nobody deactivates themselves (403, reason self); only an owner deactivates "
            + "an owner (403); the last active owner stays (409, reason last_owner).")
    UserView deactivate(@PathVariable UUID id) {
        return UserView.of(accounts.deactivate(CurrentCaller.get(), id));
    }

    @Requires(Permission.USER_ADMIN)
    @ProblemResponses(ProblemType.FORBIDDEN)
    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Reactivate a deactivated user", description = "They may log in again; their old sessions stay ended.")
    UserView reactivate(@PathVariable UUID id) {
        return UserView.of(accounts.reactivate(CurrentCaller.get(), id));
    }

    private static Set<Role> parseRoles(List<String> names) {
        if (names.isEmpty()) {
            throw ApiProblem.invalid("roles must name at least one role").with("field", "roles");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(Input.choice(Role.class, name, "roles"));
        }
        return roles;
    }

    public record CreateUserRequest(@NotBlank @Email @Size(max = 255) String email,
                                    @NotBlank @Size(min = 8, max = 256) String password,
                                    @NotEmpty List<@NotBlank String> roles,
                                    @Size(max = 50) String phone,
                                    @Size(max = 255) String displayName,
                                    Map<String, Object> metadata) {
    }

    public record UpdateUserRequest(@Size(min = 8, max = 256) String password,
                                    List<@NotBlank String> roles,
                                    @Size(max = 50) String phone,
                                    @Size(max = 255) String displayName,
                                    Map<String, Object> metadata) {
    }

    /**
     * The caller as a user, with what they may do where they act now (the roles of their token,
     * through the access table, and what their staff role adds), so that clients offer only that.
     */
    record MeView(UUID id, String email, String phone, String displayName, List<String> roles, List<String> permissions,
                  Map<String, Object> metadata, Instant lastLogin, Instant createdAt, Instant updatedAt) {
        static MeView of(User user, cloud.olympus.server.auth.Caller caller) {
            return new MeView(user.id(), user.email(), user.phone(), user.displayName(),
                    caller.roles().stream().sorted().map(Role::wireName).toList(),
                    caller.permissions().stream().sorted()
                            .map(cloud.olympus.model.auth.Permission::wireName).toList(),
                    user.metadata(), user.lastLogin(), user.createdAt(), user.updatedAt());
        }
    }

    record UserView(UUID id, String email, String phone, String displayName, List<String> roles,
                    Map<String, Object> metadata, Instant lastLogin, Instant createdAt, Instant updatedAt, boolean active,
                    Instant deactivatedAt) {
        static UserView of(User user) {
            return new UserView(user.id(), user.email(), user.phone(), user.displayName(),
                    user.roles().stream().sorted().map(Role::wireName).toList(), user.metadata(), user.lastLogin(),
                    user.createdAt(), user.updatedAt(), user.active(), user.deactivatedAt());
        }
    }
}
