--liquibase formatted sql

--changeset olympus:commerce-refund-tenders
-- A refund goes back to one payment (tender) of its order. method is where the money went: the
-- tender's own method, or cash when a manager chose it, with method_reason saying why. Refunds
-- recorded before this change name no payment.
ALTER TABLE commerce.refunds ADD COLUMN payment_id UUID;
ALTER TABLE commerce.refunds ADD COLUMN method_reason VARCHAR(500);
ALTER TABLE commerce.refunds ADD CONSTRAINT refunds_payment_fk
    FOREIGN KEY (tenant_id, payment_id) REFERENCES commerce.payments (tenant_id, id);
CREATE INDEX idx_refunds_payment ON commerce.refunds (tenant_id, payment_id) WHERE payment_id IS NOT NULL;
