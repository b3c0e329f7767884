--liquibase formatted sql

--changeset olympus:commerce-drawer-manager-close
-- A manager closes a drawer away from its till when the till is gone (its registration revoked, or
-- a drawer opened under an id no till has): why is kept, and the cash may go uncounted, so a closed
-- drawer has a count unless a manager closed it without one.
ALTER TABLE commerce.cash_drawers ADD COLUMN manager_reason VARCHAR(200)
    CHECK (manager_reason IS NULL OR length(trim(manager_reason)) > 0);
ALTER TABLE commerce.cash_drawers DROP CONSTRAINT cash_drawers_check;
ALTER TABLE commerce.cash_drawers ADD CONSTRAINT cash_drawers_counted_when_closed
    CHECK (CASE WHEN closed_at IS NULL THEN counted IS NULL AND manager_reason IS NULL
                ELSE counted IS NOT NULL OR manager_reason IS NOT NULL END);
