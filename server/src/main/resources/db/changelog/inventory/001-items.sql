--liquibase formatted sql

--changeset olympus:inventory-trigram
CREATE EXTENSION IF NOT EXISTS pg_trgm;

--changeset olympus:inventory-items
CREATE TABLE inventory.categories (
    tenant_id   UUID NOT NULL,
    id          UUID NOT NULL DEFAULT gen_random_uuid(),
    name        VARCHAR(100) NOT NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, name)
);

-- current_stock is what is on hand; reserved_stock is promised to open orders. Both always
-- equal the sums of the stock movements ledger below.
CREATE TABLE inventory.items (
    tenant_id       UUID NOT NULL,
    id              UUID NOT NULL DEFAULT gen_random_uuid(),
    sku             VARCHAR(100) NOT NULL,
    name            VARCHAR(255) NOT NULL,
    category        VARCHAR(100),
    unit_cost       NUMERIC(14, 3),
    unit_price      NUMERIC(14, 3) NOT NULL CHECK (unit_price >= 0),
    current_stock   INTEGER NOT NULL DEFAULT 0,
    reserved_stock  INTEGER NOT NULL DEFAULT 0 CHECK (reserved_stock >= 0),
    min_stock       INTEGER NOT NULL DEFAULT 0,
    max_stock       INTEGER,
    location_data   JSONB NOT NULL DEFAULT '{}',
    barcode         VARCHAR(64),
    tax_class       VARCHAR(50) NOT NULL DEFAULT 'standard',
    active          BOOLEAN NOT NULL DEFAULT true,
    track_stock     BOOLEAN NOT NULL DEFAULT true,
    open_price      BOOLEAN NOT NULL DEFAULT false,
    modifier_groups JSONB NOT NULL DEFAULT '[]',
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, sku)
);
CREATE UNIQUE INDEX idx_items_barcode ON inventory.items (tenant_id, barcode) WHERE barcode IS NOT NULL;
CREATE INDEX idx_items_name ON inventory.items (tenant_id, name, id);
CREATE INDEX idx_items_name_trgm ON inventory.items USING GIN (lower(name) gin_trgm_ops);

CREATE TABLE inventory.stock_movements (
    tenant_id       UUID NOT NULL,
    id              UUID NOT NULL DEFAULT gen_random_uuid(),
    item_id         UUID NOT NULL,
    kind            VARCHAR(20) NOT NULL
                    CHECK (kind IN ('sale', 'reservation', 'release', 'receipt', 'adjustment', 'waste', 'count')),
    quantity_delta  INTEGER NOT NULL DEFAULT 0,
    reserved_delta  INTEGER NOT NULL DEFAULT 0,
    stock_after     INTEGER NOT NULL,
    order_id        UUID,
    actor_id        UUID,
    note            VARCHAR(500),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, item_id) REFERENCES inventory.items (tenant_id, id)
);
CREATE INDEX idx_stock_movements_item ON inventory.stock_movements (tenant_id, item_id, created_at);
CREATE INDEX idx_stock_movements_order ON inventory.stock_movements (tenant_id, order_id) WHERE order_id IS NOT NULL;

SELECT platform.isolate_by_tenant('inventory.categories');
SELECT platform.isolate_by_tenant('inventory.items');
SELECT platform.isolate_by_tenant('inventory.stock_movements');
