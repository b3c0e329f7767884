package cloud.olympus.server.shared.database;

/** The login that owns the schema and runs migrations: a superuser or the database owner. */
public record OwnerLogin(String url, String username, String password) {

    @Override
    public String toString() {
        return "OwnerLogin[url=" + url + ", username=" + username + "]";
    }
}
