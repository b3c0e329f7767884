--liquibase formatted sql

--changeset olympus:commerce-orders
-- items holds the priced snapshot the receipt shows; order_lines holds the same lines as rows
-- for refunds and reporting.
CREATE TABLE commerce.orders (
    tenant_id       UUID NOT NULL,
    id              UUID NOT NULL,
    order_number    VARCHAR(50) NOT NULL,
    customer_id     UUID,
    status          VARCHAR(50) NOT NULL
                    CHECK (status IN ('pending', 'confirmed', 'preparing', 'ready', 'completed', 'cancelled')),
    source          VARCHAR(50) NOT NULL CHECK (source IN ('pos', 'online', 'mobile', 'kiosk')),
    items           JSONB NOT NULL,
    currency        CHAR(3) NOT NULL,
    subtotal        NUMERIC(14, 3) NOT NULL,
    discount_total  NUMERIC(14, 3) NOT NULL DEFAULT 0,
    tax             NUMERIC(14, 3) NOT NULL,
    total           NUMERIC(14, 3) NOT NULL,
    discounts       JSONB NOT NULL DEFAULT '[]',
    payment_method  VARCHAR(50),
    payment_status  VARCHAR(50) NOT NULL DEFAULT 'unpaid'
                    CHECK (payment_status IN ('unpaid', 'partially_paid', 'paid', 'partially_refunded', 'refunded')),
    paid_total      NUMERIC(14, 3) NOT NULL DEFAULT 0,
    tip_total       NUMERIC(14, 3) NOT NULL DEFAULT 0,
    refunded_total  NUMERIC(14, 3) NOT NULL DEFAULT 0,
    notes           VARCHAR(1000),
    metadata        JSONB NOT NULL DEFAULT '{}',
    business_date   DATE NOT NULL,
    created_by      UUID,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at    TIMESTAMPTZ,
    cancelled_at    TIMESTAMPTZ,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, order_number)
);
CREATE INDEX idx_orders_created ON commerce.orders (tenant_id, created_at DESC, id DESC);
CREATE INDEX idx_orders_status ON commerce.orders (tenant_id, status, created_at DESC);
CREATE INDEX idx_orders_customer ON commerce.orders (tenant_id, customer_id, created_at DESC) WHERE customer_id IS NOT NULL;

CREATE TABLE commerce.order_lines (
    tenant_id          UUID NOT NULL,
    id                 UUID NOT NULL,
    order_id           UUID NOT NULL,
    line_no            INTEGER NOT NULL,
    product_id         UUID NOT NULL,
    sku                VARCHAR(100) NOT NULL,
    name               VARCHAR(255) NOT NULL,
    quantity           INTEGER NOT NULL CHECK (quantity > 0),
    unit_price         NUMERIC(14, 3) NOT NULL,
    modifiers          JSONB NOT NULL DEFAULT '[]',
    notes              VARCHAR(500),
    tax_class          VARCHAR(50) NOT NULL,
    gross              NUMERIC(14, 3) NOT NULL,
    discount           NUMERIC(14, 3) NOT NULL,
    tax                NUMERIC(14, 3) NOT NULL,
    total              NUMERIC(14, 3) NOT NULL,
    refunded_quantity  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, order_id, line_no),
    FOREIGN KEY (tenant_id, order_id) REFERENCES commerce.orders (tenant_id, id),
    CHECK (refunded_quantity BETWEEN 0 AND quantity)
);
CREATE INDEX idx_order_lines_product ON commerce.order_lines (tenant_id, product_id);

-- Order numbers run per tenant and business day; the upsert on this row hands them out.
CREATE TABLE commerce.order_counters (
    tenant_id      UUID NOT NULL,
    business_date  DATE NOT NULL,
    last_number    INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, business_date)
);

CREATE TABLE commerce.payments (
    tenant_id   UUID NOT NULL,
    id          UUID NOT NULL,
    order_id    UUID NOT NULL,
    method      VARCHAR(50) NOT NULL CHECK (method IN ('cash', 'card', 'gift_card', 'loyalty_points', 'other')),
    amount      NUMERIC(14, 3) NOT NULL CHECK (amount > 0),
    tip         NUMERIC(14, 3) NOT NULL DEFAULT 0 CHECK (tip >= 0),
    tendered    NUMERIC(14, 3),
    change_due  NUMERIC(14, 3) NOT NULL DEFAULT 0,
    reference   VARCHAR(255),
    created_by  UUID,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, order_id) REFERENCES commerce.orders (tenant_id, id)
);
CREATE INDEX idx_payments_order ON commerce.payments (tenant_id, order_id);

CREATE TABLE commerce.refunds (
    tenant_id   UUID NOT NULL,
    id          UUID NOT NULL,
    order_id    UUID NOT NULL,
    amount      NUMERIC(14, 3) NOT NULL CHECK (amount > 0),
    lines       JSONB NOT NULL DEFAULT '[]',
    reason      VARCHAR(500) NOT NULL,
    method      VARCHAR(50) NOT NULL,
    created_by  UUID,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, order_id) REFERENCES commerce.orders (tenant_id, id)
);
CREATE INDEX idx_refunds_order ON commerce.refunds (tenant_id, order_id);

SELECT platform.isolate_by_tenant('commerce.orders');
SELECT platform.isolate_by_tenant('commerce.order_lines');
SELECT platform.isolate_by_tenant('commerce.order_counters');
SELECT platform.isolate_by_tenant('commerce.payments');
SELECT platform.isolate_by_tenant('commerce.refunds');
