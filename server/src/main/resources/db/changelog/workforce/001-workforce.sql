--liquibase formatted sql

--changeset olympus:workforce-settings
-- A business's workforce rules: when hours count as overtime, how long a pay period is, and how
-- many orders an hour one person on shift can handle before the hour counts as understaffed.
CREATE TABLE workforce.settings (
    tenant_id               UUID NOT NULL PRIMARY KEY REFERENCES platform.tenants (id),
    overtime_daily_hours    NUMERIC(4, 2) NOT NULL DEFAULT 8 CHECK (overtime_daily_hours > 0 AND overtime_daily_hours <= 24),
    overtime_weekly_hours   NUMERIC(5, 2) NOT NULL DEFAULT 40 CHECK (overtime_weekly_hours > 0 AND overtime_weekly_hours <= 168),
    pay_period              VARCHAR(20) NOT NULL DEFAULT 'weekly' CHECK (pay_period IN ('weekly', 'biweekly', 'monthly')),
    pay_period_anchor       DATE NOT NULL DEFAULT DATE '2024-01-01',
    orders_per_staff_hour   NUMERIC(6, 2) NOT NULL DEFAULT 12 CHECK (orders_per_staff_hour > 0),
    updated_at              TIMESTAMPTZ NOT NULL DEFAULT now()
);
SELECT platform.isolate_by_tenant('workforce.settings');

--changeset olympus:workforce-staff-roles
-- The jobs people do (server, bartender, cook, stylist, front desk...) and the permissions each
-- adds to what a person's access roles already allow; each business adjusts its own.
CREATE TABLE workforce.staff_roles (
    tenant_id    UUID NOT NULL REFERENCES platform.tenants (id),
    code         VARCHAR(40) NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
    name         VARCHAR(100) NOT NULL,
    permissions  TEXT[] NOT NULL DEFAULT '{}',
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, code)
);
SELECT platform.isolate_by_tenant('workforce.staff_roles');

--changeset olympus:workforce-staff
-- A person who works shifts: a user of the business with a job, a pay rate, the places they work
-- at (the business itself or its locations, by tenant id) and their skills.
CREATE TABLE workforce.staff (
    tenant_id     UUID NOT NULL,
    id            UUID NOT NULL DEFAULT gen_random_uuid(),
    user_id       UUID NOT NULL,
    staff_role    VARCHAR(40) NOT NULL,
    hourly_rate   NUMERIC(12, 2) NOT NULL CHECK (hourly_rate >= 0),
    location_ids  UUID[] NOT NULL DEFAULT '{}',
    skills        TEXT[] NOT NULL DEFAULT '{}',
    active        BOOLEAN NOT NULL DEFAULT true,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, user_id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES auth.users (tenant_id, id),
    FOREIGN KEY (tenant_id, staff_role) REFERENCES workforce.staff_roles (tenant_id, code)
);
SELECT platform.isolate_by_tenant('workforce.staff');

--changeset olympus:workforce-shifts
-- Shift patterns to plan with ("Morning bar, 07:00-15:00"); a pattern ending at or before its
-- start ends the next day.
CREATE TABLE workforce.shift_templates (
    tenant_id      UUID NOT NULL,
    id             UUID NOT NULL DEFAULT gen_random_uuid(),
    name           VARCHAR(100) NOT NULL,
    location_id    UUID NOT NULL,
    staff_role     VARCHAR(40) NOT NULL,
    start_time     TIME NOT NULL,
    end_time       TIME NOT NULL,
    break_minutes  INTEGER NOT NULL DEFAULT 0 CHECK (break_minutes BETWEEN 0 AND 480),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, name),
    FOREIGN KEY (tenant_id, staff_role) REFERENCES workforce.staff_roles (tenant_id, code)
);
SELECT platform.isolate_by_tenant('workforce.shift_templates');

-- The planned schedule: who works where and when. A shift without a person is open, for anyone
-- with its job to take.
CREATE TABLE workforce.shifts (
    tenant_id      UUID NOT NULL,
    id             UUID NOT NULL DEFAULT gen_random_uuid(),
    location_id    UUID NOT NULL,
    staff_id       UUID,
    staff_role     VARCHAR(40) NOT NULL,
    starts_at      TIMESTAMPTZ NOT NULL,
    ends_at        TIMESTAMPTZ NOT NULL,
    break_minutes  INTEGER NOT NULL DEFAULT 0 CHECK (break_minutes BETWEEN 0 AND 480),
    template_id    UUID,
    note           VARCHAR(500),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CHECK (ends_at > starts_at AND ends_at - starts_at <= INTERVAL '24 hours'),
    FOREIGN KEY (tenant_id, staff_id) REFERENCES workforce.staff (tenant_id, id),
    FOREIGN KEY (tenant_id, staff_role) REFERENCES workforce.staff_roles (tenant_id, code)
);
CREATE INDEX idx_shifts_location_start ON workforce.shifts (tenant_id, location_id, starts_at);
CREATE INDEX idx_shifts_staff_start ON workforce.shifts (tenant_id, staff_id, starts_at) WHERE staff_id IS NOT NULL;
SELECT platform.isolate_by_tenant('workforce.shifts');

--changeset olympus:workforce-time-clock
-- Worked time as the clock saw it: one entry from clock-in to clock-out, at one place. A person has
-- at most one open entry (the unique index below, not only a check in the code), and an entry at
-- most one open break.
CREATE TABLE workforce.time_entries (
    tenant_id      UUID NOT NULL,
    id             UUID NOT NULL DEFAULT gen_random_uuid(),
    staff_id       UUID NOT NULL,
    location_id    UUID NOT NULL,
    shift_id       UUID,
    clock_in       TIMESTAMPTZ NOT NULL,
    clock_out      TIMESTAMPTZ,
    source         VARCHAR(20) NOT NULL CHECK (source IN ('till', 'watch', 'tablet', 'console', 'manager')),
    device_id      UUID,
    corrected      BOOLEAN NOT NULL DEFAULT false,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CHECK (clock_out IS NULL OR (clock_out >= clock_in AND clock_out - clock_in <= INTERVAL '24 hours')),
    FOREIGN KEY (tenant_id, staff_id) REFERENCES workforce.staff (tenant_id, id),
    FOREIGN KEY (tenant_id, shift_id) REFERENCES workforce.shifts (tenant_id, id) ON DELETE SET NULL (shift_id)
);
CREATE UNIQUE INDEX idx_time_entries_one_open ON workforce.time_entries (tenant_id, staff_id) WHERE clock_out IS NULL;
CREATE INDEX idx_time_entries_staff_in ON workforce.time_entries (tenant_id, staff_id, clock_in);
CREATE INDEX idx_time_entries_location_in ON workforce.time_entries (tenant_id, location_id, clock_in);
SELECT platform.isolate_by_tenant('workforce.time_entries');

CREATE TABLE workforce.breaks (
    tenant_id      UUID NOT NULL,
    id             UUID NOT NULL DEFAULT gen_random_uuid(),
    time_entry_id  UUID NOT NULL,
    started_at     TIMESTAMPTZ NOT NULL,
    ended_at       TIMESTAMPTZ,
    PRIMARY KEY (tenant_id, id),
    CHECK (ended_at IS NULL OR ended_at >= started_at),
    FOREIGN KEY (tenant_id, time_entry_id) REFERENCES workforce.time_entries (tenant_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX idx_breaks_one_open ON workforce.breaks (tenant_id, time_entry_id) WHERE ended_at IS NULL;
SELECT platform.isolate_by_tenant('workforce.breaks');

-- A manager's change to an entry, with the reason; the entry keeps the corrected times.
CREATE TABLE workforce.time_entry_corrections (
    tenant_id      UUID NOT NULL,
    id             UUID NOT NULL DEFAULT gen_random_uuid(),
    time_entry_id  UUID NOT NULL,
    corrected_by   UUID NOT NULL,
    corrected_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    reason         VARCHAR(500) NOT NULL CHECK (length(trim(reason)) > 0),
    before         JSONB NOT NULL,
    after          JSONB NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, time_entry_id) REFERENCES workforce.time_entries (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX idx_time_entry_corrections_entry ON workforce.time_entry_corrections (tenant_id, time_entry_id);
SELECT platform.isolate_by_tenant('workforce.time_entry_corrections');

--changeset olympus:workforce-staffing-alerts
-- Hours where the orders per person on shift went (past) or are expected to go (planned) over the
-- business's threshold; one alert per place, hour and kind, in the shape of every other alert.
CREATE TABLE workforce.staffing_alerts (
    tenant_id        UUID NOT NULL,
    id               UUID NOT NULL DEFAULT gen_random_uuid(),
    kind             VARCHAR(30) NOT NULL CHECK (kind IN ('understaffed', 'understaffed_planned')),
    severity         VARCHAR(20) NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    location_id      UUID NOT NULL,
    hour_start       TIMESTAMPTZ NOT NULL,
    orders           NUMERIC(10, 2) NOT NULL,
    staff_on_shift   INTEGER NOT NULL,
    threshold        NUMERIC(6, 2) NOT NULL,
    raised_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    acknowledged_at  TIMESTAMPTZ,
    acknowledged_by  UUID,
    resolved_at      TIMESTAMPTZ,
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, location_id, hour_start, kind)
);
CREATE INDEX idx_staffing_alerts_raised ON workforce.staffing_alerts (tenant_id, raised_at DESC, id DESC);
SELECT platform.isolate_by_tenant('workforce.staffing_alerts');
