package cloud.olympus.server.shared.web;

/** How free text from a request is kept: trimmed, and blank means absent. */
public final class Input {

    private Input() {
    }

    public static String trimmedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
