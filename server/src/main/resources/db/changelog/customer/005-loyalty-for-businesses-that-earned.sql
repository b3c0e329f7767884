--liquibase formatted sql

--changeset olympus:customer-loyalty-for-businesses-that-earned
-- Sales earn points only with the loyalty feature (platform 002), and the presets of the smaller
-- tiers had it off while it changed nothing. A business whose customers were already earning
-- points keeps earning them: the feature goes on for every business with points in its ledger
-- from a sale. Read as the ledger's owner; row-level security is forced on the owner too, so it
-- steps aside for the read.
ALTER TABLE customer.loyalty_ledger NO FORCE ROW LEVEL SECURITY;
ALTER TABLE customer.loyalty_ledger DISABLE ROW LEVEL SECURITY;
UPDATE platform.tenants
   SET features = features || '{"loyalty": true}'::jsonb, updated_at = now()
 WHERE features -> 'loyalty' IS DISTINCT FROM 'true'::jsonb
   AND id IN (SELECT tenant_id FROM customer.loyalty_ledger WHERE kind = 'accrual' AND points > 0);
ALTER TABLE customer.loyalty_ledger ENABLE ROW LEVEL SECURITY;
ALTER TABLE customer.loyalty_ledger FORCE ROW LEVEL SECURITY;
