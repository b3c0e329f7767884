--liquibase formatted sql

--changeset olympus:auth-users-deactivated
-- A deactivated user cannot log in by any way and has no open session, but stays a user: their
-- orders, shifts, time and audit entries keep their name, and they can be reactivated.
-- auth.users is already isolated by tenant.
ALTER TABLE auth.users ADD COLUMN deactivated_at TIMESTAMPTZ;
ALTER TABLE auth.users ADD COLUMN deactivated_by UUID;
