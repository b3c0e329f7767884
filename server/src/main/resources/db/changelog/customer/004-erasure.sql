--liquibase formatted sql

--changeset olympus:customer-erasure
-- A customer erased at their request keeps their row, with nothing personal left in it, so that
-- their loyalty ledger still adds up; erased_at says when, and makes a second erasure a no-op. The
-- ledger's 'erasure' entry takes the balance to zero.
ALTER TABLE customer.profiles ADD COLUMN erased_at TIMESTAMPTZ;
ALTER TABLE customer.loyalty_ledger DROP CONSTRAINT loyalty_ledger_kind_check;
ALTER TABLE customer.loyalty_ledger ADD CONSTRAINT loyalty_ledger_kind_check
    CHECK (kind IN ('accrual', 'redemption', 'reversal', 'restoration', 'adjustment', 'erasure'));
