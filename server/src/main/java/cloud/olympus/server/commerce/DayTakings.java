package cloud.olympus.server.commerce;

import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What one business day's completed orders came to, for the tenant in context, in the figures the
 * sales rollups do not keep: discounts given, tax charged, tips taken. A day's orders are few enough
 * to sum as they are (the index on the business date finds them).
 */
@Service
public class DayTakings {

    private final JdbcClient jdbc;
    private final Tenants tenants;

    DayTakings(JdbcClient jdbc, Tenants tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    /** A day's completed orders: how many, their subtotal before discounts, the discounts, tax, tips and totals. */
    public record Takings(LocalDate businessDate, long orders, BigDecimal subtotal, BigDecimal discounts, BigDecimal tax,
                          BigDecimal tips, BigDecimal total) {
    }

    @Transactional(readOnly = true)
    public Takings of(LocalDate businessDate) {
        int scale = tenants.settingsOf(TenantContext.require()).scale();
        return jdbc.sql("""
                        SELECT count(*) AS orders, coalesce(sum(subtotal), 0) AS subtotal,
                               coalesce(sum(discount_total), 0) AS discounts, coalesce(sum(tax), 0) AS tax,
                               coalesce(sum(tip_total), 0) AS tips, coalesce(sum(total), 0) AS total
                          FROM commerce.orders
                         WHERE business_date = :day AND status = 'completed'
                        """)
                .param("day", businessDate)
                .query((rs, n) -> new Takings(businessDate, rs.getLong("orders"), Money.scale(rs.getBigDecimal("subtotal"), scale),
                        Money.scale(rs.getBigDecimal("discounts"), scale), Money.scale(rs.getBigDecimal("tax"), scale),
                        Money.scale(rs.getBigDecimal("tips"), scale), Money.scale(rs.getBigDecimal("total"), scale)))
                .single();
    }
}
