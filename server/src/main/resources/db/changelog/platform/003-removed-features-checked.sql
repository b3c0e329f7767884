--liquibase formatted sql

--changeset olympus:platform-removed-features-checked splitStatements:false
-- The features taken away in platform-features-that-do-something must be gone from every business.
-- Run by a role that row-level security holds to no business (not the owner of the table, no
-- maintenance policy), that update changed nothing and said nothing: this one refuses to pass then,
-- takes the keys away again where it can see them, and fails when any business still has one.
DO $$
DECLARE
    removed CONSTANT text[] := ARRAY['pos', 'inventory', 'customers', 'modifiers', 'tables', 'appointments', 'rooms',
                                     'variants', 'analytics', 'workforce', 'api_access'];
    left_over bigint;
BEGIN
    IF NOT (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user)
       AND NOT EXISTS (SELECT 1 FROM pg_policies
                        WHERE schemaname = 'platform' AND tablename = 'tenants' AND qual = 'true'
                          AND (current_user = ANY (roles) OR 'public' = ANY (roles))) THEN
        RAISE EXCEPTION 'platform.tenants: % sees no business through row-level security (no maintenance policy), '
                        'so the features taken away cannot be checked', current_user;
    END IF;
    UPDATE platform.tenants SET features = features - removed WHERE features ?| removed;
    SELECT count(*) INTO left_over FROM platform.tenants WHERE features ?| removed;
    IF left_over > 0 THEN
        RAISE EXCEPTION '% businesses still have features that were taken away', left_over;
    END IF;
END $$;
