--liquibase formatted sql

--changeset olympus:commerce-payment-terminals
-- A payment names the till that took it, so cash goes into that till's drawer however the order was
-- rung. Payments recorded before this change take their order's till, as the drawers counted them.
ALTER TABLE commerce.payments ADD COLUMN terminal_id UUID;
-- Backfilled as the tables' owner; row-level security is forced on the owner too, so it steps aside for the update.
ALTER TABLE commerce.payments NO FORCE ROW LEVEL SECURITY;
ALTER TABLE commerce.payments DISABLE ROW LEVEL SECURITY;
ALTER TABLE commerce.orders NO FORCE ROW LEVEL SECURITY;
ALTER TABLE commerce.orders DISABLE ROW LEVEL SECURITY;
UPDATE commerce.payments p SET terminal_id = o.terminal_id
  FROM commerce.orders o
 WHERE o.tenant_id = p.tenant_id AND o.id = p.order_id AND o.terminal_id IS NOT NULL;
ALTER TABLE commerce.orders ENABLE ROW LEVEL SECURITY;
ALTER TABLE commerce.orders FORCE ROW LEVEL SECURITY;
ALTER TABLE commerce.payments ENABLE ROW LEVEL SECURITY;
ALTER TABLE commerce.payments FORCE ROW LEVEL SECURITY;
CREATE INDEX idx_payments_terminal ON commerce.payments (tenant_id, terminal_id, created_at) WHERE terminal_id IS NOT NULL;
