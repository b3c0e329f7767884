--liquibase formatted sql

-- The application role owns nothing and cannot bypass row-level security; it gets data rights
-- on every table the migrations created. Runs on every start so new tables are never missed, and
-- runs again when a new schema joins the list.
--changeset olympus:shared-app-grants runAlways:true runOnChange:true splitStatements:false
DO $$
DECLARE
    s text;
BEGIN
    FOREACH s IN ARRAY ARRAY['platform', 'auth', 'commerce', 'inventory', 'customer', 'workforce', 'analytics', 'approvals', 'realtime', 'public'] LOOP
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO olympus_app', s);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO olympus_app', s);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO olympus_app', s);
    END LOOP;
    -- The audit trail is append-only for the application: it reads and adds entries, and can
    -- neither change nor remove one.
    GRANT USAGE ON SCHEMA audit TO olympus_app;
    GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA audit TO olympus_app;
    REVOKE UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA audit FROM olympus_app;
    -- Liquibase's bookkeeping and the token signing keys belong to the owner alone.
    REVOKE ALL ON public.databasechangelog, public.databasechangeloglock FROM olympus_app;
    REVOKE ALL ON auth.signing_keys FROM olympus_app;
END
$$;
