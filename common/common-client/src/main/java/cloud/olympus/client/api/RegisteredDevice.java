package cloud.olympus.client.api;

import java.util.UUID;

/** A terminal just registered for PIN login, with the token the server shows this once. */
public record RegisteredDevice(UUID id, String name, String token) {

    @Override
    public String toString() {
        return "RegisteredDevice[" + id + ", " + name + "]";
    }
}
