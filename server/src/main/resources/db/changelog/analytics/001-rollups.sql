--liquibase formatted sql

--changeset olympus:analytics-rollups
-- Each hour's takings, kept up to date from commerce's events and counted as commerce counts them:
-- completed orders, what they came to net of refunds, what has been refunded of the hour's orders,
-- and the units sold. An hour starts at a whole hour of the business's clock.
CREATE TABLE analytics.sales_by_hour (
    tenant_id   UUID NOT NULL,
    hour_start  TIMESTAMPTZ NOT NULL,
    orders      INTEGER NOT NULL DEFAULT 0,
    revenue     NUMERIC(14, 2) NOT NULL DEFAULT 0,
    refunds     NUMERIC(14, 2) NOT NULL DEFAULT 0,
    items       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, hour_start)
);
SELECT platform.isolate_by_tenant('analytics.sales_by_hour');

-- The events already counted, one row each: the key is what makes a second delivery harmless.
CREATE TABLE analytics.applied_events (
    tenant_id  UUID NOT NULL,
    event_key  VARCHAR(100) NOT NULL,
    PRIMARY KEY (tenant_id, event_key)
);
SELECT platform.isolate_by_tenant('analytics.applied_events');
