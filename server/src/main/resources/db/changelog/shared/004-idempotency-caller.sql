--liquibase formatted sql

-- A key belongs to whoever used it first: the user, or for a till's sales the terminal. Another
-- caller presenting it is refused, never answered with someone else's result. Keys stored before
-- this rule name nobody.
--changeset olympus:shared-idempotency-caller
ALTER TABLE platform.idempotency_keys ADD COLUMN caller_id UUID;
