package cloud.olympus.client.admin;

import cloud.olympus.client.OlympusClient;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The calls that set a business up: its profile, settings and branding, the people who may log in
 * and their roles, its registered terminals and paired watches, and its locations.
 */
public class BusinessAdmin {

    private final OlympusClient client;

    public BusinessAdmin(OlympusClient client) {
        this.client = client;
    }

    /** The business as the server keeps it: settings and branding key by key, and the features its subscription has. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Business(UUID id, String slug, String name, String industry, String tier, UUID parentId,
                           Map<String, Object> settings, Map<String, Boolean> features, Map<String, Object> branding) {
        public Business {
            settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
            features = features == null ? Map.of() : Map.copyOf(features);
            branding = branding == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(branding));
        }
    }

    /** Someone who may log in to the business, with their roles (wire names); {@code active} false once deactivated, since {@code deactivatedAt}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UserAccount(UUID id, String email, String phone, String displayName, List<String> roles, Instant lastLogin,
                              Boolean active, Instant deactivatedAt) {
        public UserAccount {
            roles = roles == null ? List.of() : List.copyOf(roles);
            active = active == null || active;
        }
    }

    /** One page of users by email; {@code nextCursor} null on the last. */
    public record UserPage(List<UserAccount> users, String nextCursor) {
        public UserPage {
            users = List.copyOf(users);
        }
    }

    /** A terminal registered for PIN login; {@code revokedAt} set once it was revoked. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Device(UUID id, String name, UUID locationId, Instant registeredAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /**
     * A device paired with someone's session through its pairing code (a watch), while that session
     * is open: whose session it is ({@code userName}, {@code roles} by wire name), what the device said
     * it is ({@code userAgent}), when it was paired and last refreshed its session.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PairedDevice(UUID id, UUID userId, String userName, List<String> roles, String userAgent, Instant pairedAt,
                               Instant lastUsedAt) {
        public PairedDevice {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    public Business business() {
        return client.json().treeToValue(client.get("/api/v1/tenant"), Business.class);
    }

    /**
     * Changes the business: {@code settings} and {@code branding} merge key by key (a key whose value
     * is null is removed), {@code name} when not null.
     */
    public Business change(String name, Map<String, Object> settings, Map<String, Object> branding) {
        Map<String, Object> body = new LinkedHashMap<>();
        WorkforceAdmin.put(body, "name", name);
        WorkforceAdmin.put(body, "settings", settings);
        WorkforceAdmin.put(body, "branding", branding);
        return client.json().treeToValue(client.patch("/api/v1/tenant", body), Business.class);
    }

    /** A page of up to {@code limit} users; the first without {@code cursor}. */
    public UserPage users(int limit, String cursor) {
        JsonNode page = client.get("/api/v1/users?limit=" + limit + (cursor == null ? "" : "&cursor=" + WorkforceAdmin.encode(cursor)));
        String next = page.path("next_cursor").isString() ? page.path("next_cursor").asString() : null;
        return new UserPage(page.get("data").valueStream().map(n -> client.json().treeToValue(n, UserAccount.class)).toList(),
                next);
    }

    /** Adds someone who may log in, with a first password they change later. */
    public UserAccount addUser(String email, String displayName, String password, List<String> roles) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        WorkforceAdmin.put(body, "display_name", displayName);
        body.put("password", password);
        body.put("roles", roles);
        return client.json().treeToValue(client.post("/api/v1/users", body), UserAccount.class);
    }

    /** Gives a user other roles; their open sessions end. */
    public UserAccount changeRoles(UUID userId, List<String> roles) {
        return client.json().treeToValue(client.patch("/api/v1/users/" + userId, Map.of("roles", roles)), UserAccount.class);
    }

    /** Removes a user: they can no longer log in. The last owner cannot be removed. */
    public void removeUser(UUID userId) {
        client.delete("/api/v1/users/" + userId);
    }

    /**
     * Deactivates a user: they can no longer log in, their sessions end at once, and what they did
     * keeps their name. Nobody deactivates themselves, and the last active owner stays.
     */
    public UserAccount deactivateUser(UUID userId) {
        return client.json().treeToValue(client.post("/api/v1/users/" + userId + "/deactivate", null), UserAccount.class);
    }

    /** Lets a deactivated user log in again. */
    public UserAccount reactivateUser(UUID userId) {
        return client.json().treeToValue(client.post("/api/v1/users/" + userId + "/reactivate", null), UserAccount.class);
    }

    /** The registered terminals, live ones first. */
    public List<Device> devices() {
        return client.get("/api/v1/devices").get("data").valueStream().map(n -> client.json().treeToValue(n, Device.class)).toList();
    }

    /** Revokes a terminal: its token and the PIN sessions opened on it stop working at once. */
    public void revokeDevice(UUID id) {
        client.delete("/api/v1/devices/" + id);
    }

    /** The paired devices (watches) whose session is open, newest pairing first. */
    public List<PairedDevice> pairedDevices() {
        return client.get("/api/v1/devices/paired").get("data").valueStream()
                .map(n -> client.json().treeToValue(n, PairedDevice.class)).toList();
    }

    /** Ends a paired device's session: it is refused from now on, as after a logout. */
    public void revokePairedDevice(UUID id) {
        client.delete("/api/v1/devices/paired/" + id);
    }

    /** The organisation's locations. */
    public List<Business> locations() {
        return client.get("/api/v1/tenant/locations").valueStream().map(n -> client.json().treeToValue(n, Business.class)).toList();
    }

    /** Opens a new location (needs the multi_location feature). */
    public Business addLocation(String slug, String name) {
        return client.json().treeToValue(client.post("/api/v1/tenant/locations", Map.of("slug", slug, "name", name)),
                Business.class);
    }

    /** A location of the organisation, open or closed (a closed one cannot log in; its data stays). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Location(UUID id, String slug, String name, boolean active) {
    }

    /** The organisation's locations: the open ones by name, then the closed ones. */
    public List<Location> allLocations() {
        return client.get("/api/v1/tenant/locations?closed=true").valueStream()
                .map(n -> client.json().treeToValue(n, Location.class)).toList();
    }

    /** Renames a location and opens or closes it; a null leaves that as it is. Closing logs out everyone there. */
    public Location changeLocation(UUID id, String name, Boolean active) {
        Map<String, Object> body = new LinkedHashMap<>();
        WorkforceAdmin.put(body, "name", name);
        WorkforceAdmin.put(body, "active", active);
        return client.json().treeToValue(client.patch("/api/v1/tenant/locations/" + id, body), Location.class);
    }
}
