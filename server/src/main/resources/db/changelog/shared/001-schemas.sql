--liquibase formatted sql

--changeset olympus:shared-schemas
CREATE SCHEMA IF NOT EXISTS platform;
CREATE SCHEMA IF NOT EXISTS auth;
CREATE SCHEMA IF NOT EXISTS commerce;
CREATE SCHEMA IF NOT EXISTS inventory;
CREATE SCHEMA IF NOT EXISTS customer;
CREATE SCHEMA IF NOT EXISTS workforce;
CREATE SCHEMA IF NOT EXISTS analytics;

--changeset olympus:shared-current-tenant splitStatements:false
-- The tenant of the current transaction, set by the application with
-- set_config('app.tenant_id', ?, true). A pooled connection that has used the setting once
-- answers '' rather than NULL, hence the nullif. No tenant set: NULL, and every policy denies.
CREATE OR REPLACE FUNCTION platform.current_tenant_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
