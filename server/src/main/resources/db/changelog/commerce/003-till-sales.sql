--liquibase formatted sql

--changeset olympus:commerce-till-sales
-- A till's sale is recorded as it was rung: by which terminal, when, whether offline. Where it
-- differs from today's catalogue, the differences are kept and the order waits for a manager's
-- review, who clears it with a note.
ALTER TABLE commerce.orders ADD COLUMN terminal_id UUID;
ALTER TABLE commerce.orders ADD COLUMN rung_at TIMESTAMPTZ;
ALTER TABLE commerce.orders ADD COLUMN offline BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE commerce.orders ADD COLUMN discrepancies JSONB NOT NULL DEFAULT '[]';
ALTER TABLE commerce.orders ADD COLUMN needs_review BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE commerce.orders ADD COLUMN reviewed_by UUID;
ALTER TABLE commerce.orders ADD COLUMN reviewed_at TIMESTAMPTZ;
ALTER TABLE commerce.orders ADD COLUMN review_note VARCHAR(1000);
CREATE INDEX idx_orders_needs_review ON commerce.orders (tenant_id, created_at DESC, id DESC) WHERE needs_review;
