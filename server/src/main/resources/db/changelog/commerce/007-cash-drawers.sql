--liquibase formatted sql

--changeset olympus:commerce-cash-drawers
-- A till's cash drawer, one session at a time per terminal: opened with a float (counted by
-- denomination if the cashier likes), cash paid in and out with a reason, closed with a blind count.
-- What the drawer should hold is worked out from the float, the terminal's cash payments and cash
-- refunds while it was open, and the pay-ins and pay-outs; it is kept at close beside what was counted.
CREATE TABLE commerce.cash_drawers (
    tenant_id      UUID NOT NULL DEFAULT platform.current_tenant_id(),
    id             UUID NOT NULL,
    terminal_id    UUID NOT NULL,
    opened_by      UUID NOT NULL,
    opened_at      TIMESTAMPTZ NOT NULL,
    opening_float  NUMERIC(14, 3) NOT NULL CHECK (opening_float >= 0),
    float_count    JSONB,
    closed_by      UUID,
    closed_at      TIMESTAMPTZ,
    counted        NUMERIC(14, 3) CHECK (counted >= 0),
    count_detail   JSONB,
    expected       NUMERIC(14, 3),
    close_note     VARCHAR(500),
    PRIMARY KEY (tenant_id, id),
    CHECK ((closed_at IS NULL) = (counted IS NULL))
);
-- One open drawer per terminal: a second open is refused.
CREATE UNIQUE INDEX idx_cash_drawers_open ON commerce.cash_drawers (tenant_id, terminal_id) WHERE closed_at IS NULL;
CREATE INDEX idx_cash_drawers_opened ON commerce.cash_drawers (tenant_id, opened_at DESC);

CREATE TABLE commerce.cash_movements (
    tenant_id   UUID NOT NULL DEFAULT platform.current_tenant_id(),
    id          UUID NOT NULL,
    drawer_id   UUID NOT NULL,
    kind        VARCHAR(10) NOT NULL CHECK (kind IN ('pay_in', 'pay_out')),
    amount      NUMERIC(14, 3) NOT NULL CHECK (amount > 0),
    reason      VARCHAR(200) NOT NULL CHECK (length(trim(reason)) > 0),
    created_by  UUID NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, drawer_id) REFERENCES commerce.cash_drawers (tenant_id, id)
);
CREATE INDEX idx_cash_movements_drawer ON commerce.cash_movements (tenant_id, drawer_id, created_at);

-- A refund names the terminal that paid it out, so cash refunds come out of that terminal's drawer.
ALTER TABLE commerce.refunds ADD COLUMN terminal_id UUID;
CREATE INDEX idx_refunds_terminal ON commerce.refunds (tenant_id, terminal_id, created_at) WHERE terminal_id IS NOT NULL;
CREATE INDEX idx_orders_terminal ON commerce.orders (tenant_id, terminal_id) WHERE terminal_id IS NOT NULL;

SELECT platform.isolate_by_tenant('commerce.cash_drawers');
SELECT platform.isolate_by_tenant('commerce.cash_movements');
