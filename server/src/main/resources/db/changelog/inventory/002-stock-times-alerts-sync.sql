--liquibase formatted sql

--changeset olympus:inventory-movement-times
-- A movement happened at occurred_at (a till's sale: when it was rung) and arrived at created_at.
-- A refund that puts goods back names itself in refund_id.
ALTER TABLE inventory.stock_movements ADD COLUMN occurred_at TIMESTAMPTZ;
ALTER TABLE inventory.stock_movements ADD COLUMN refund_id UUID;
-- Backfilled as the table's owner; row-level security is forced on the owner too, so it steps aside for the update.
ALTER TABLE inventory.stock_movements NO FORCE ROW LEVEL SECURITY;
ALTER TABLE inventory.stock_movements DISABLE ROW LEVEL SECURITY;
UPDATE inventory.stock_movements SET occurred_at = created_at WHERE occurred_at IS NULL;
ALTER TABLE inventory.stock_movements ENABLE ROW LEVEL SECURITY;
ALTER TABLE inventory.stock_movements FORCE ROW LEVEL SECURITY;
ALTER TABLE inventory.stock_movements ALTER COLUMN occurred_at SET DEFAULT now();
ALTER TABLE inventory.stock_movements ALTER COLUMN occurred_at SET NOT NULL;
ALTER TABLE inventory.stock_movements DROP CONSTRAINT stock_movements_kind_check;
ALTER TABLE inventory.stock_movements ADD CONSTRAINT stock_movements_kind_check
    CHECK (kind IN ('sale', 'reservation', 'release', 'receipt', 'adjustment', 'waste', 'count', 'return'));
CREATE INDEX idx_stock_movements_counts ON inventory.stock_movements (tenant_id, item_id, occurred_at) WHERE kind = 'count';

--changeset olympus:inventory-alerts
-- Stock alerts, one open alert per item and kind: raised when availability crosses the minimum or
-- zero, resolved by itself when stock comes back, acknowledged by a person.
CREATE TABLE inventory.alerts (
    tenant_id          UUID NOT NULL,
    id                 UUID NOT NULL DEFAULT gen_random_uuid(),
    kind               VARCHAR(30) NOT NULL CHECK (kind IN ('stock_low', 'stock_depleted')),
    severity           VARCHAR(20) NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    item_id            UUID NOT NULL,
    sku                VARCHAR(100) NOT NULL,
    name               VARCHAR(255) NOT NULL,
    available          INTEGER NOT NULL,
    min_stock          INTEGER NOT NULL,
    suggested_reorder  INTEGER,
    raised_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    acknowledged_at    TIMESTAMPTZ,
    acknowledged_by    UUID,
    resolved_at        TIMESTAMPTZ,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, item_id) REFERENCES inventory.items (tenant_id, id)
);
CREATE UNIQUE INDEX idx_alerts_one_unresolved ON inventory.alerts (tenant_id, item_id, kind) WHERE resolved_at IS NULL;
CREATE INDEX idx_alerts_raised ON inventory.alerts (tenant_id, raised_at DESC, id DESC);

SELECT platform.isolate_by_tenant('inventory.alerts');

--changeset olympus:inventory-change-xid splitStatements:false
-- Every insert or update of an item stamps it with its transaction's id. A sync reads the
-- snapshot's xmin first: every transaction it could not see has an id at or above it, so asking
-- for rows stamped at or above that xmin next time misses no commit, however late it lands.
ALTER TABLE inventory.items ADD COLUMN change_xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX idx_items_change_xid ON inventory.items (tenant_id, change_xid);
CREATE OR REPLACE FUNCTION inventory.stamp_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.change_xid := pg_current_xact_id();
    RETURN NEW;
END
$$;
CREATE TRIGGER items_stamp_change BEFORE INSERT OR UPDATE ON inventory.items
    FOR EACH ROW EXECUTE FUNCTION inventory.stamp_change();

--changeset olympus:inventory-colours-pictures
-- Tiles carry their category's colour and the item's picture, so a cashier finds things at a glance.
ALTER TABLE inventory.categories ADD COLUMN colour VARCHAR(7) CHECK (colour ~ '^#[0-9A-Fa-f]{6}$');
ALTER TABLE inventory.items ADD COLUMN image_url VARCHAR(2048);
