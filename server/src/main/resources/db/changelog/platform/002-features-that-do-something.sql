--liquibase formatted sql

--changeset olympus:platform-features-that-do-something
-- A feature is a switch someone sees change something. These changed nothing anywhere (no screen,
-- no endpoint and no rule read them), so they go: what is left is tips, kitchen_display, loyalty
-- and multi_location. Taking away a key a row does not have leaves the row as it is.
UPDATE platform.tenants
   SET features = features - 'pos' - 'inventory' - 'customers' - 'modifiers' - 'tables' - 'appointments' - 'rooms'
                           - 'variants' - 'analytics' - 'workforce' - 'api_access';
