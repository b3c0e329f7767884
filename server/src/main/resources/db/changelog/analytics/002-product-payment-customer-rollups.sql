--liquibase formatted sql

--changeset olympus:analytics-product-payment-customer-rollups
-- Each hour's sales per item: units sold less units refunded, line totals less refunded line amounts,
-- filed under the item's category when the sale was rolled up (a rebuild files them under today's).
CREATE TABLE analytics.product_sales_by_hour (
    tenant_id    UUID NOT NULL,
    hour_start   TIMESTAMPTZ NOT NULL,
    item_id      UUID NOT NULL,
    category_id  UUID,
    quantity     INTEGER NOT NULL DEFAULT 0,
    revenue      NUMERIC(16, 3) NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, hour_start, item_id)
);
CREATE INDEX idx_product_sales_by_hour_item ON analytics.product_sales_by_hour (tenant_id, item_id, hour_start);
SELECT platform.isolate_by_tenant('analytics.product_sales_by_hour');

-- Each hour's takings per payment method: paid that way on completed orders less refunded that way,
-- and how many payments.
CREATE TABLE analytics.payments_by_hour (
    tenant_id   UUID NOT NULL,
    hour_start  TIMESTAMPTZ NOT NULL,
    method      VARCHAR(50) NOT NULL,
    amount      NUMERIC(16, 3) NOT NULL DEFAULT 0,
    payments    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, hour_start, method)
);
SELECT platform.isolate_by_tenant('analytics.payments_by_hour');

-- The days each known customer bought something (on the business's clock), for new, returning and
-- lapsing customers.
CREATE TABLE analytics.customer_days (
    tenant_id    UUID NOT NULL,
    customer_id  UUID NOT NULL,
    day          DATE NOT NULL,
    orders       INTEGER NOT NULL DEFAULT 0,
    spent        NUMERIC(16, 3) NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, customer_id, day)
);
CREATE INDEX idx_customer_days_day ON analytics.customer_days (tenant_id, day);
SELECT platform.isolate_by_tenant('analytics.customer_days');
