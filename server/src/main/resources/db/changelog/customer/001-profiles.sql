--liquibase formatted sql

--changeset olympus:customer-profiles
CREATE TABLE customer.profiles (
    tenant_id       UUID NOT NULL,
    id              UUID NOT NULL DEFAULT gen_random_uuid(),
    external_id     VARCHAR(255),
    first_name      VARCHAR(100),
    last_name       VARCHAR(100),
    email           VARCHAR(255),
    phone           VARCHAR(50),
    loyalty_tier    VARCHAR(50),
    loyalty_points  INTEGER NOT NULL DEFAULT 0 CHECK (loyalty_points >= 0),
    lifetime_value  NUMERIC(14, 3) NOT NULL DEFAULT 0,
    preferences     JSONB NOT NULL DEFAULT '{}',
    tags            TEXT[] NOT NULL DEFAULT '{}',
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, email)
);
CREATE INDEX idx_profiles_phone ON customer.profiles (tenant_id, phone);
CREATE INDEX idx_profiles_tags ON customer.profiles USING GIN (tags);
CREATE INDEX idx_profiles_name_trgm ON customer.profiles
    USING GIN ((lower(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))) gin_trgm_ops);
CREATE INDEX idx_profiles_name ON customer.profiles (tenant_id, last_name, first_name, id);

-- Every change of points, once per source: an order's accrual, a payment's redemption, a
-- refund's reversal. The unique key is what makes event delivery twice harmless.
CREATE TABLE customer.loyalty_ledger (
    tenant_id    UUID NOT NULL,
    id           UUID NOT NULL DEFAULT gen_random_uuid(),
    customer_id  UUID NOT NULL,
    kind         VARCHAR(20) NOT NULL CHECK (kind IN ('accrual', 'redemption', 'reversal', 'restoration', 'adjustment')),
    source_id    UUID NOT NULL,
    points       INTEGER NOT NULL,
    amount       NUMERIC(14, 3) NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, kind, source_id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES customer.profiles (tenant_id, id)
);
CREATE INDEX idx_loyalty_ledger_customer ON customer.loyalty_ledger (tenant_id, customer_id, created_at);

SELECT platform.isolate_by_tenant('customer.profiles');
SELECT platform.isolate_by_tenant('customer.loyalty_ledger');
