package cloud.olympus.server.inventory;

/** A group of items on the till, with the colour its tiles carry ({@code null}: the till's default for it). */
public record Category(String name, String colour, int sortOrder) {
}
