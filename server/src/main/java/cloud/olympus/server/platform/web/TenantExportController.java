package cloud.olympus.server.platform.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.platform.TenantExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A copy of all the business's data, to keep or to take elsewhere. */
@RestController
@RequestMapping("/api/v1/tenant/export")
@Tag(name = "Tenant", description = "The business the caller works for: settings, branding, locations")
public class TenantExportController {

    private final TenantExport export;

    TenantExportController(TenantExport export) {
        this.export = export;
    }

    @Requires(Permission.DATA_EXPORT)
    @GetMapping(produces = "application/zip")
    @Operation(summary = "All the business's data as a zip of CSV files",
            description = "One CSV per table that holds the business's rows (schema.table.csv, with a header line) and "
                    + "tables.csv with each table's row count, read in one snapshot; each location in a folder locations/<slug>/. "
                    + "Secrets (password, PIN and token hashes) are left out. Read into a file first, then sent; the copy is "
                    + "in the audit trail (tenant.exported).")
    void export(HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"olympus-export-" + LocalDate.now() + ".zip\"");
        export.write(response.getOutputStream(), CurrentCaller.get());
        response.flushBuffer();
    }
}
