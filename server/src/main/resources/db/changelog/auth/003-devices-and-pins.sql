--liquibase formatted sql

--changeset olympus:auth-devices
-- Shared terminals (POS devices) a manager registered. The device token is shown once; only its
-- SHA-256 is stored. location_id is the tenant (the business or one of its locations) the device stands at.
CREATE TABLE auth.devices (
    tenant_id      UUID NOT NULL REFERENCES platform.tenants (id),
    id             UUID NOT NULL DEFAULT gen_random_uuid(),
    name           VARCHAR(100) NOT NULL,
    location_id    UUID NOT NULL,
    token_hash     BYTEA NOT NULL,
    registered_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    registered_by  UUID NOT NULL,
    last_used_at   TIMESTAMPTZ,
    revoked_at     TIMESTAMPTZ,
    revoked_by     UUID,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, token_hash),
    CHECK (revoked_at IS NULL OR revoked_by IS NOT NULL)
);

SELECT platform.isolate_by_tenant('auth.devices');

--changeset olympus:auth-user-pins
-- A person's PIN for switching user on a shared terminal: hashed like a password, with the count of
-- failures since the last right one; at the limit the PIN is locked until a manager unlocks it.
CREATE TABLE auth.user_pins (
    tenant_id        UUID NOT NULL,
    user_id          UUID NOT NULL,
    pin_hash         VARCHAR(255) NOT NULL,
    failed_attempts  INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_at        TIMESTAMPTZ,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, user_id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES auth.users (tenant_id, id)
);

SELECT platform.isolate_by_tenant('auth.user_pins');

--changeset olympus:auth-refresh-tokens-device
-- A session opened with a PIN on a terminal keeps the terminal's id through its refreshes, and ends with it.
ALTER TABLE auth.refresh_tokens ADD COLUMN device_id UUID;
CREATE INDEX idx_refresh_tokens_device ON auth.refresh_tokens (tenant_id, device_id) WHERE device_id IS NOT NULL;
