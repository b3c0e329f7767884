--liquibase formatted sql

--changeset olympus:realtime-approvals-topic
-- Requests for a manager's approval and their decisions are live events too.
ALTER TABLE realtime.events DROP CONSTRAINT events_topic_check;
ALTER TABLE realtime.events ADD CONSTRAINT events_topic_check
    CHECK (topic IN ('orders', 'inventory', 'alerts', 'dashboard', 'approvals'));
