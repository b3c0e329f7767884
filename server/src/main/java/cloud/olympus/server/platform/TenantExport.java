package cloud.olympus.server.platform;

import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * All of a business's data as one zip: a CSV (with a header line) for every table that holds
 * the business's rows, named {@code schema.table.csv} (and the business's own row, in
 * {@code platform.tenants.csv}), and {@code tables.csv} listing each table
 * with its row count. The tables are found in the database itself (every table with a
 * {@code tenant_id} column), so a table added later is in the next copy without anyone listing it.
 * Rows are read as the business, through row-level security, and by its id as well: nothing of
 * another business can come along. The same goes for each of its locations, whose tables are in a
 * folder {@code locations/<slug>/} of their own (with their own {@code tables.csv}), read as that
 * location. Columns holding secrets (password, PIN and token hashes) are left out. Everything is
 * read in one snapshot, so the tables agree with each other.
 */
@Service
public class TenantExport {

    /** Columns never copied out: what lets someone in, even hashed. */
    static final String SECRET_COLUMNS = "(_hash|_secret|secret|password|_token)$";
    /** The businesses themselves: the one whose copy it is goes in, as its own row. */
    static final String BUSINESSES = "platform.tenants";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate recording;

    TenantExport(DataSource dataSource, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
                 PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.recording = new TransactionTemplate(transactions);
    }

    /** A table that holds a business's rows, with the columns a copy takes of it. */
    record Table(String schema, String name, List<String> columns) {
        /** The column naming the business a row belongs to: its own id for the business's own row. */
        String owner() {
            return qualified().equals(BUSINESSES) ? "id" : "tenant_id";
        }

        String qualified() {
            return schema + "." + name;
        }
    }

    /**
     * Writes the zip of the business in context to {@code out} (left open), and records who took it.
     * Answers how many rows of each table went in; a location's tables are named with its folder.
     *
     * <p>The copy is read in one snapshot into a file first and sent from there, so a slow download
     * holds neither a database connection nor a snapshot; the file is deleted once sent.
     */
    public Map<String, Long> write(OutputStream out, Caller caller) {
        UUID tenant = TenantContext.require();
        Path spool = null;
        try {
            spool = Files.createTempFile("olympus-export-", ".zip");
            Path file = spool;
            Map<String, Long> counts = snapshot.execute(status -> {
                try (OutputStream spooled = Files.newOutputStream(file)) {
                    return copy(tenant, spooled);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Files.copy(spool, out);
            recording.executeWithoutResult(status -> events.publishEvent(
                    new TenantExported(tenant, caller.userId(), caller.deviceId(), clock.instant(), Map.copyOf(counts))));
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException e) {
                    spool.toFile().deleteOnExit();
                }
            }
        }
    }

    /**
     * The business's own tables at the top of the zip, and each of its locations' in a folder
     * {@code locations/<slug>/}, each read as that location (its own row-level security).
     */
    private Map<String, Long> copy(UUID tenant, OutputStream out) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Location> locations = jdbc.sql("SELECT id, slug FROM platform.tenants WHERE parent_id = :tenant ORDER BY slug, id")
                .param("tenant", tenant).query((rs, n) -> new Location((UUID) rs.getObject("id"), rs.getString("slug"))).list();
        List<Table> tables = tables();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            counts.putAll(copyOf(tenant, "", tables, copy, zip));
            for (Location location : locations) {
                actAs(location.id());
                counts.putAll(copyOf(location.id(), "locations/" + location.slug() + "/", tables, copy, zip));
            }
            actAs(tenant);
            zip.finish();
            zip.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("The copy of the business's data failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return counts;
    }

    private record Location(UUID id, String slug) {
    }

    /** The tables of one business (or location) under {@code folder}, with its {@code tables.csv}. */
    private static Map<String, Long> copyOf(UUID tenant, String folder, List<Table> tables, CopyManager copy, ZipOutputStream zip)
            throws IOException, SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table table : tables) {
            zip.putNextEntry(new ZipEntry(folder + table.qualified() + ".csv"));
            String columns = String.join(", ", table.columns().stream().map(TenantExport::quoted).toList());
            long rows = copy.copyOut("COPY (SELECT " + columns + " FROM " + quoted(table.schema()) + "." + quoted(table.name())
                    + " WHERE " + quoted(table.owner()) + " = '" + tenant + "') TO STDOUT WITH (FORMAT csv, HEADER true)", zip);
            zip.closeEntry();
            counts.put(folder + table.qualified(), rows);
        }
        zip.putNextEntry(new ZipEntry(folder + "tables.csv"));
        StringBuilder manifest = new StringBuilder("table,rows\r\n");
        counts.forEach((table, rows) -> manifest.append(table.substring(folder.length())).append(',').append(rows).append("\r\n"));
        zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        return counts;
    }

    /** Row-level security reads as {@code tenant} for the rest of the transaction (the same snapshot). */
    private void actAs(UUID tenant) {
        jdbc.sql("SELECT set_config('app.tenant_id', :tenant, true)").param("tenant", tenant.toString()).query(String.class).single();
    }

    /**
     * Every table (not a partition of one) with a {@code tenant_id} column that the server may read,
     * with its columns in their order, secrets left out; by schema and name.
     */
    List<Table> tables() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT n.nspname AS schema, c.relname AS name, a.attname AS col
                          FROM pg_class c
                          JOIN pg_namespace n ON n.oid = c.relnamespace
                          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                         WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
                           AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                           AND has_table_privilege(c.oid, 'SELECT')
                           AND (EXISTS (SELECT 1 FROM pg_attribute t
                                         WHERE t.attrelid = c.oid AND t.attname = 'tenant_id' AND NOT t.attisdropped)
                                OR n.nspname || '.' || c.relname = :businesses)
                           AND a.attname !~ :secret
                         ORDER BY n.nspname, c.relname, a.attnum
                        """)
                .param("secret", SECRET_COLUMNS).param("businesses", BUSINESSES)
                .query((rs, n) -> columns.computeIfAbsent(rs.getString("schema") + "\n" + rs.getString("name"),
                        k -> new java.util.ArrayList<>()).add(rs.getString("col")))
                .list();
        return columns.entrySet().stream().map(e -> {
            String[] name = e.getKey().split("\n", 2);
            return new Table(name[0], name[1], List.copyOf(e.getValue()));
        }).toList();
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
