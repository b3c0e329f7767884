--liquibase formatted sql

--changeset olympus:analytics-customer-summary splitStatements:false
-- Each known customer's visits as the dashboard needs them: the first and last day they bought
-- something and on how many days, so that new, returning and lapsing customers are counted from one
-- row per customer rather than from every day of their history. Kept by the database from the days
-- themselves, however they are written (as orders are rolled up, by a rebuild, or an import): a day
-- added is a visit more, and a customer some of whose days are taken away is counted again.
CREATE TABLE analytics.customer_summary (
    tenant_id    UUID NOT NULL,
    customer_id  UUID NOT NULL,
    first_day    DATE NOT NULL,
    last_day     DATE NOT NULL,
    visits       INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, customer_id)
);
CREATE INDEX idx_customer_summary_last_day ON analytics.customer_summary (tenant_id, last_day);

-- The days already rolled up, read past their tenants' walls for this one statement.
CREATE POLICY owner_summary_backfill ON analytics.customer_days FOR SELECT TO CURRENT_USER USING (true);
INSERT INTO analytics.customer_summary (tenant_id, customer_id, first_day, last_day, visits)
SELECT tenant_id, customer_id, min(day), max(day), count(*) FROM analytics.customer_days GROUP BY tenant_id, customer_id;
DROP POLICY owner_summary_backfill ON analytics.customer_days;
SELECT platform.isolate_by_tenant('analytics.customer_summary');

-- Runs as whoever wrote the days, so the summary rows are the same tenant's as the days. Adding is a
-- sum (concurrent orders of one customer each add theirs under the row's lock); taking away counts
-- the customers concerned again from the days left.
CREATE FUNCTION analytics.customer_days_added() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO analytics.customer_summary AS s (tenant_id, customer_id, first_day, last_day, visits)
    SELECT tenant_id, customer_id, min(day), max(day), count(*) FROM added GROUP BY tenant_id, customer_id
    ON CONFLICT (tenant_id, customer_id) DO UPDATE
       SET first_day = least(s.first_day, EXCLUDED.first_day), last_day = greatest(s.last_day, EXCLUDED.last_day),
           visits = s.visits + EXCLUDED.visits;
    RETURN NULL;
END
$$;

CREATE FUNCTION analytics.customer_days_removed() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    DELETE FROM analytics.customer_summary s
     USING (SELECT DISTINCT tenant_id, customer_id FROM removed) r
     WHERE s.tenant_id = r.tenant_id AND s.customer_id = r.customer_id;
    INSERT INTO analytics.customer_summary (tenant_id, customer_id, first_day, last_day, visits)
    SELECT d.tenant_id, d.customer_id, min(d.day), max(d.day), count(*)
      FROM analytics.customer_days d
      JOIN (SELECT DISTINCT tenant_id, customer_id FROM removed) r ON r.tenant_id = d.tenant_id AND r.customer_id = d.customer_id
     GROUP BY d.tenant_id, d.customer_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER customer_days_added AFTER INSERT ON analytics.customer_days
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION analytics.customer_days_added();
CREATE TRIGGER customer_days_removed AFTER DELETE ON analytics.customer_days
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION analytics.customer_days_removed();
