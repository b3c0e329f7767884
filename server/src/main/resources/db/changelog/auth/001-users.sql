--liquibase formatted sql

--changeset olympus:auth-users
CREATE TABLE auth.users (
    tenant_id     UUID NOT NULL REFERENCES platform.tenants (id),
    id            UUID NOT NULL DEFAULT gen_random_uuid(),
    email         VARCHAR(255) NOT NULL CHECK (email = lower(email)),
    phone         VARCHAR(50),
    display_name  VARCHAR(255),
    password_hash VARCHAR(255),
    roles         TEXT[] NOT NULL DEFAULT '{}'
                  CHECK (roles <@ ARRAY['owner', 'admin', 'manager', 'cashier', 'server', 'kitchen']::text[]),
    metadata      JSONB NOT NULL DEFAULT '{}',
    last_login    TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    deleted_at    TIMESTAMPTZ,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, email)
);
CREATE INDEX idx_users_roles ON auth.users USING GIN (roles);

SELECT platform.isolate_by_tenant('auth.users');

--changeset olympus:auth-refresh-tokens
-- Refresh tokens are opaque; only their SHA-256 is stored. Each login starts a family; every
-- refresh rotates to a new token of the same family; presenting a used token revokes the family.
CREATE TABLE auth.refresh_tokens (
    tenant_id   UUID NOT NULL,
    id          UUID NOT NULL DEFAULT gen_random_uuid(),
    family_id   UUID NOT NULL,
    user_id     UUID NOT NULL,
    token_hash  BYTEA NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ,
    user_agent  VARCHAR(255),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, token_hash),
    FOREIGN KEY (tenant_id, user_id) REFERENCES auth.users (tenant_id, id)
);
CREATE INDEX idx_refresh_tokens_family ON auth.refresh_tokens (tenant_id, family_id);
CREATE INDEX idx_refresh_tokens_user ON auth.refresh_tokens (tenant_id, user_id);

SELECT platform.isolate_by_tenant('auth.refresh_tokens');

--changeset olympus:auth-signing-keys
-- Platform-wide token signing keys, shared by every server instance. Not tenant data: read
-- by the owner connection at start-up, never granted to the application role.
CREATE TABLE auth.signing_keys (
    kid         VARCHAR(64) PRIMARY KEY,
    secret      BYTEA NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    retired_at  TIMESTAMPTZ
);
