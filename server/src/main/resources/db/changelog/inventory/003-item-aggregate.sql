--liquibase formatted sql

--changeset olympus:inventory-item-aggregate
-- An item is stored as an aggregate that knows no tenant: a new row takes the transaction's, which
-- row-level security checks anyway.
ALTER TABLE inventory.items ALTER COLUMN tenant_id SET DEFAULT platform.current_tenant_id();
