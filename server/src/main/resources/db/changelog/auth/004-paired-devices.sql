--liquibase formatted sql

--changeset olympus:auth-device-authorizations-session
-- A redeemed device authorization keeps the session (refresh-token family) it started, so the
-- business sees its paired watches and can end one's session. Codes whose session is still open
-- are kept past their expiry; auth.device_authorizations is already isolated by tenant.
ALTER TABLE auth.device_authorizations ADD COLUMN session_id UUID;
CREATE INDEX idx_device_authorizations_session ON auth.device_authorizations (tenant_id, session_id)
    WHERE session_id IS NOT NULL;
