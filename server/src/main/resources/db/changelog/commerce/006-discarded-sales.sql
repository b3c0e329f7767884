--liquibase formatted sql

--changeset olympus:commerce-discarded-sales
-- Sales a till kept but could not record (the server refused them as they were) and that a manager
-- then decided not to send: the till reports each decision once, so the business knows of a sale
-- that was rung and never recorded. One row per sale; a report sent again changes nothing.
CREATE TABLE commerce.discarded_sales (
    tenant_id      UUID NOT NULL,
    sale_id        UUID NOT NULL,
    terminal_id    UUID,
    rung_at        TIMESTAMPTZ,
    total          NUMERIC(14, 2),
    reason         VARCHAR(500) NOT NULL CHECK (length(trim(reason)) > 0),
    decided_by     VARCHAR(255),
    decided_at     TIMESTAMPTZ NOT NULL,
    problem        VARCHAR(100),
    reported_by    UUID NOT NULL,
    reported_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, sale_id)
);
SELECT platform.isolate_by_tenant('commerce.discarded_sales');
