--liquibase formatted sql

--changeset olympus:workforce-time-entries-approved
-- A manager approves a person's closed time entries for a run of days; an approved entry is not
-- corrected until its approval is withdrawn. workforce.time_entries is already isolated by tenant.
ALTER TABLE workforce.time_entries ADD COLUMN approved_at TIMESTAMPTZ;
ALTER TABLE workforce.time_entries ADD COLUMN approved_by UUID;
ALTER TABLE workforce.time_entries ADD CONSTRAINT time_entries_approved_closed
    CHECK (approved_at IS NULL OR clock_out IS NOT NULL);
