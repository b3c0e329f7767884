--liquibase formatted sql

--changeset olympus:customer-points-bigint
-- Points are counted in 64 bits: a generous programme on a large spend never overflows.
ALTER TABLE customer.profiles ALTER COLUMN loyalty_points TYPE BIGINT;
ALTER TABLE customer.loyalty_ledger ALTER COLUMN points TYPE BIGINT;
