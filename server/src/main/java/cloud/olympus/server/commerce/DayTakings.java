package cloud.olympus.server.commerce;

import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * A tax class's share of a day's completed orders: the amount taxed (the lines' totals less their
     * tax, whether prices include tax or not), the tax on it, and how many order lines.
     */
    public record ClassTax(String taxClass, BigDecimal taxable, BigDecimal tax, long lines) {
    }

    /** What went back to customers one way (the tender refunded to) for a day's orders, and how many refunds. */
    public record TenderRefunds(String method, BigDecimal amount, long refunds) {
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

    /** The tax of a day's completed orders per tax class, the classes in name order; their tax adds up to the day's. */
    @Transactional(readOnly = true)
    public List<ClassTax> taxes(LocalDate businessDate) {
        int scale = tenants.settingsOf(TenantContext.require()).scale();
        return jdbc.sql("""
                        SELECT l.tax_class, coalesce(sum(l.total - l.tax), 0) AS taxable, coalesce(sum(l.tax), 0) AS tax,
                               count(*) AS lines
                          FROM commerce.order_lines l
                          JOIN commerce.orders o ON o.tenant_id = l.tenant_id AND o.id = l.order_id
                         WHERE o.business_date = :day AND o.status = 'completed'
                         GROUP BY l.tax_class
                         ORDER BY l.tax_class
                        """)
                .param("day", businessDate)
                .query((rs, n) -> new ClassTax(rs.getString("tax_class"), Money.scale(rs.getBigDecimal("taxable"), scale),
                        Money.scale(rs.getBigDecimal("tax"), scale), rs.getLong("lines")))
                .list();
    }

    /**
     * The refunds of a day's orders per tender they went back to, the largest first; as the sales
     * rollups count them, a refund belongs to its order's day.
     */
    @Transactional(readOnly = true)
    public List<TenderRefunds> refunds(LocalDate businessDate) {
        int scale = tenants.settingsOf(TenantContext.require()).scale();
        return jdbc.sql("""
                        SELECT r.method, sum(r.amount) AS amount, count(*) AS refunds
                          FROM commerce.refunds r
                          JOIN commerce.orders o ON o.tenant_id = r.tenant_id AND o.id = r.order_id
                         WHERE o.business_date = :day
                         GROUP BY r.method
                         ORDER BY amount DESC, r.method
                        """)
                .param("day", businessDate)
                .query((rs, n) -> new TenderRefunds(rs.getString("method"), Money.scale(rs.getBigDecimal("amount"), scale),
                        rs.getLong("refunds")))
                .list();
    }
}
