package cloud.olympus.server.platform;

import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * All of a business's data as one zip: a CSV (with a header line) for every table that holds
 * the business's rows, named {@code schema.table.csv} (and the business's own row, in
 * {@code platform.tenants.csv}), and {@code tables.csv} listing each table
 * with its row count. The tables are found in the database itself (every table with a
 * {@code tenant_id} column), so a table added later is in the next copy without anyone listing it.
 * Rows are read as the business, through row-level security, and by its id as well: nothing of
 * another business can come along. Columns holding secrets (password, PIN and token hashes) are
 * left out. Everything is read in one snapshot, so the tables agree with each other.
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

    TenantExport(DataSource dataSource, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
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
     * Answers how many rows of each table went in.
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public Map<String, Long> write(OutputStream out, Caller caller) {
        UUID tenant = TenantContext.require();
        Map<String, Long> counts = new LinkedHashMap<>();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            for (Table table : tables()) {
                zip.putNextEntry(new ZipEntry(table.qualified() + ".csv"));
                String columns = String.join(", ", table.columns().stream().map(TenantExport::quoted).toList());
                long rows = copy.copyOut("COPY (SELECT " + columns + " FROM " + quoted(table.schema()) + "." + quoted(table.name())
                        + " WHERE " + quoted(table.owner()) + " = '" + tenant + "') TO STDOUT WITH (FORMAT csv, HEADER true)", zip);
                zip.closeEntry();
                counts.put(table.qualified(), rows);
            }
            zip.putNextEntry(new ZipEntry("tables.csv"));
            StringBuilder manifest = new StringBuilder("table,rows\r\n");
            counts.forEach((table, rows) -> manifest.append(table).append(',').append(rows).append("\r\n"));
            zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The copy of the business's data failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        events.publishEvent(new TenantExported(tenant, caller.userId(), caller.deviceId(), clock.instant(), Map.copyOf(counts)));
        return counts;
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
