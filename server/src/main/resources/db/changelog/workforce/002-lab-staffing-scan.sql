--liquibase formatted sql

--changeset olympus:workforce-staff-owner-read
-- The owner reads staff rows of every business (for the function below) even when row-level
-- security is forced on it; the application role still sees one tenant's.
CREATE POLICY owner_read ON workforce.staff FOR SELECT TO CURRENT_USER USING (true);

--changeset olympus:workforce-staffed-locations splitStatements:false
-- The staffing check runs for every place where someone works, across all businesses: a narrow
-- function of the owner that answers only those places' ids, as the application role sees one
-- tenant at a time. A business without staff profiles is not checked.
CREATE OR REPLACE FUNCTION workforce.staffed_locations() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT DISTINCT l FROM workforce.staff s CROSS JOIN LATERAL unnest(s.location_ids) AS l WHERE s.active $$;
REVOKE ALL ON FUNCTION workforce.staffed_locations() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workforce.staffed_locations() TO olympus_app;
