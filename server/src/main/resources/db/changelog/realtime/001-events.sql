--liquibase formatted sql

--changeset olympus:realtime-schema
CREATE SCHEMA IF NOT EXISTS realtime;

--changeset olympus:realtime-events splitStatements:false
-- What live screens are told, kept for a while so that a screen that lost its connection catches up.
-- Each business (an organisation with its locations) numbers its events: seq is drawn from its row
-- in feeds, which the drawing transaction holds locked until it commits, so events commit in seq
-- order and a reader that has read up to n has missed nothing below n. location_id names the
-- location an event happened at (NULL: at the organisation itself).
CREATE TABLE realtime.feeds (
    tenant_id  UUID PRIMARY KEY,
    last_seq   BIGINT NOT NULL
);
SELECT platform.isolate_by_tenant('realtime.feeds');

CREATE TABLE realtime.events (
    tenant_id    UUID NOT NULL,
    seq          BIGINT NOT NULL,
    topic        VARCHAR(20) NOT NULL CHECK (topic IN ('orders', 'inventory', 'alerts', 'dashboard')),
    event        VARCHAR(50) NOT NULL,
    location_id  UUID,
    data         JSONB NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX idx_realtime_events_location ON realtime.events (location_id, seq) WHERE location_id IS NOT NULL;
CREATE INDEX idx_realtime_events_occurred ON realtime.events (occurred_at);

-- The organisation sees all its events; a location sees its own and nothing of its siblings'. Only
-- the organisation writes (the application writes every event as the organisation). The owner may
-- purge old rows of every business (below).
ALTER TABLE realtime.events ENABLE ROW LEVEL SECURITY;
ALTER TABLE realtime.events FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON realtime.events
    USING (tenant_id = platform.current_tenant_id() OR location_id = platform.current_tenant_id())
    WITH CHECK (tenant_id = platform.current_tenant_id());
CREATE POLICY owner_maintenance ON realtime.events TO CURRENT_USER USING (true) WITH CHECK (true);

--changeset olympus:realtime-purge splitStatements:false
-- Events older than the replay window go, for every business at once: a narrow function of the
-- owner, as the application role sees one tenant at a time.
CREATE OR REPLACE FUNCTION realtime.purge_events(p_before timestamptz) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    gone integer;
BEGIN
    DELETE FROM realtime.events WHERE occurred_at < p_before;
    GET DIAGNOSTICS gone = ROW_COUNT;
    RETURN gone;
END
$$;
REVOKE ALL ON FUNCTION realtime.purge_events(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION realtime.purge_events(timestamptz) TO olympus_app;
