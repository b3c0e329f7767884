--liquibase formatted sql

--changeset olympus:shared-idempotency-purge splitStatements:false
-- Keys older than the retention go, for every business at once, a batch at a time: a narrow function
-- of the owner, as the application role sees one tenant at a time. The owner policy lets it see them all.
CREATE POLICY owner_maintenance ON platform.idempotency_keys TO CURRENT_USER USING (true) WITH CHECK (true);

CREATE OR REPLACE FUNCTION platform.purge_idempotency_keys(p_before timestamptz, p_batch integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    gone integer;
BEGIN
    DELETE FROM platform.idempotency_keys
     WHERE (tenant_id, key) IN (SELECT tenant_id, key FROM platform.idempotency_keys
                                 WHERE created_at < p_before ORDER BY created_at LIMIT p_batch);
    GET DIAGNOSTICS gone = ROW_COUNT;
    RETURN gone;
END
$$;
REVOKE ALL ON FUNCTION platform.purge_idempotency_keys(timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION platform.purge_idempotency_keys(timestamptz, integer) TO olympus_app;
