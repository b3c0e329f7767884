--liquibase formatted sql

--changeset olympus:commerce-order-aggregate
-- An order is stored as an aggregate: its row, its lines, payments and refunds. The JSON copy of the
-- lines (items) was written and never read, and went stale with the first refund; metadata was
-- never used; payment_method was written and never read (the payments say how an order was paid).
ALTER TABLE commerce.orders DROP COLUMN items;
ALTER TABLE commerce.orders DROP COLUMN metadata;
ALTER TABLE commerce.orders DROP COLUMN payment_method;
-- The aggregate knows no tenant: a row takes the transaction's, which row-level security checks anyway.
ALTER TABLE commerce.orders ALTER COLUMN tenant_id SET DEFAULT platform.current_tenant_id();
ALTER TABLE commerce.order_lines ALTER COLUMN tenant_id SET DEFAULT platform.current_tenant_id();
ALTER TABLE commerce.payments ALTER COLUMN tenant_id SET DEFAULT platform.current_tenant_id();
ALTER TABLE commerce.refunds ALTER COLUMN tenant_id SET DEFAULT platform.current_tenant_id();
-- Spring Data JDBC writes the children of an aggregate in an order of its own: a refund may reach
-- the table before the payment it names, in the same transaction. The key is checked at commit.
ALTER TABLE commerce.refunds DROP CONSTRAINT refunds_payment_fk;
ALTER TABLE commerce.refunds ADD CONSTRAINT refunds_payment_fk
    FOREIGN KEY (tenant_id, payment_id) REFERENCES commerce.payments (tenant_id, id) DEFERRABLE INITIALLY DEFERRED;
