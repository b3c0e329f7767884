--liquibase formatted sql

--changeset olympus:customer-profile-aggregate
-- A customer is stored as an aggregate that knows no tenant: a new row takes the transaction's,
-- which row-level security checks anyway.
ALTER TABLE customer.profiles ALTER COLUMN tenant_id SET DEFAULT platform.current_tenant_id();
