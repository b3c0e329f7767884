package cloud.olympus.client.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Hours, breaks and labour cost per person over days ({@code GET /api/v1/reports/timesheets}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TimesheetReport(LocalDate periodStart, LocalDate periodEnd, List<Line> lines, BigDecimal totalGrossPay) {

    public TimesheetReport {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One person's hours; {@code approved} when a manager approved every closed entry, {@code approvedEntries} how many are. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(UUID staffId, String name, String staffRole, BigDecimal hourlyRate, BigDecimal regularHours,
                       BigDecimal overtimeHours, BigDecimal breakHours, BigDecimal grossPay, int entries, int openEntries,
                       int approvedEntries, boolean approved) {
    }
}
