-- The statements the server runs to place one order of three lines (two stock-tracked items
-- and one untracked), with an Idempotency-Key, as the application role under row-level
-- security. Kept in step with IdempotentRequests, Catalogue, StockLedger and OrderRepository. Items
-- are taken in one order (here by SKU; the server sorts by id) so two orders never deadlock. The
-- session check of the access token is one query per session every few seconds, not per order.
--
-- The stock change and the placed order are published for live screens (one publication each, in
-- the same transaction); after the commit the registry marks each as processing and deletes it once
-- relayed, in transactions of their own. The relay's own reading of the order and writing of the live
-- event follow after the answer and are not repeated here.
\set a random(1, 30)
\set b random(1, 30)
\set n1 least(:a, :b)
\set n2 greatest(:a, :b)
\set n3 random(31, 50)
\set q1 random(1, 2)
\set q2 random(1, 2)
BEGIN;
SELECT set_config('app.tenant_id', ':tenant', true);
SELECT gen_random_uuid() AS oid, gen_random_uuid() AS idem, gen_random_uuid() AS e1, gen_random_uuid() AS e2 \gset
INSERT INTO platform.idempotency_keys (tenant_id, key, scope, request_hash, caller_id) VALUES (':tenant', ':idem', 'POST /orders', '\x00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', ':user') ON CONFLICT DO NOTHING;
SELECT (SELECT id FROM inventory.items WHERE sku = 'B-' || :n1) AS p1, (SELECT id FROM inventory.items WHERE sku = 'B-' || :n2) AS p2, (SELECT id FROM inventory.items WHERE sku = 'B-' || :n3) AS p3 \gset
SELECT id, sku, name, category, unit_cost, unit_price, current_stock, reserved_stock, min_stock, max_stock, barcode, tax_class, active, track_stock, open_price, modifier_groups, location_data, image_url, created_at, updated_at FROM inventory.items WHERE id = ANY(ARRAY[':p1', ':p2', ':p3']::uuid[]);
INSERT INTO commerce.order_counters (tenant_id, business_date, last_number) VALUES (':tenant', current_date, 1) ON CONFLICT (tenant_id, business_date) DO UPDATE SET last_number = order_counters.last_number + 1 RETURNING last_number;
UPDATE inventory.items SET current_stock = current_stock + 0, reserved_stock = reserved_stock + :q1, updated_at = now() WHERE id = ':p1' AND (NOT true OR current_stock - reserved_stock >= :q1 - 0) RETURNING current_stock, reserved_stock, min_stock, max_stock, sku, name;
INSERT INTO inventory.stock_movements (tenant_id, item_id, kind, quantity_delta, reserved_delta, stock_after, order_id, refund_id, actor_id, note, occurred_at) VALUES (':tenant', ':p1', 'reservation', 0, :q1, 1000000, ':oid', NULL, ':user', NULL, coalesce(NULL, now()));
UPDATE inventory.items SET current_stock = current_stock + 0, reserved_stock = reserved_stock + :q2, updated_at = now() WHERE id = ':p2' AND (NOT true OR current_stock - reserved_stock >= :q2 - 0) RETURNING current_stock, reserved_stock, min_stock, max_stock, sku, name;
INSERT INTO inventory.stock_movements (tenant_id, item_id, kind, quantity_delta, reserved_delta, stock_after, order_id, refund_id, actor_id, note, occurred_at) VALUES (':tenant', ':p2', 'reservation', 0, :q2, 1000000, ':oid', NULL, ':user', NULL, coalesce(NULL, now()));
INSERT INTO commerce.orders (tenant_id, id, order_number, customer_id, status, source, currency, subtotal, discount_total, tax, total, discounts, payment_status, paid_total, tip_total, refunded_total, notes, business_date, created_by, created_at, updated_at, completed_at, cancelled_at, terminal_id, rung_at, offline, discrepancies, needs_review) VALUES (':tenant', ':oid', 'X-' || ':oid', NULL, 'pending', 'pos', 'USD', 33.50, 0.00, 2.77, 36.27, CAST('[]' AS jsonb), 'unpaid', 0.00, 0.00, 0.00, NULL, current_date, ':user', now(), now(), NULL, NULL, NULL, NULL, false, CAST('[]' AS jsonb), false);
INSERT INTO commerce.order_lines (tenant_id, id, order_id, line_no, product_id, sku, name, quantity, unit_price, modifiers, notes, tax_class, gross, discount, tax, total, refunded_quantity) VALUES (':tenant', gen_random_uuid(), ':oid', 1, ':p1', 'B-1', 'Bench item', :q1, 10.00, CAST('[]' AS jsonb), NULL, 'standard', 10.00, 0.00, 0.83, 10.83, 0), (':tenant', gen_random_uuid(), ':oid', 2, ':p2', 'B-2', 'Bench item', :q2, 12.00, CAST('[]' AS jsonb), NULL, 'standard', 12.00, 0.00, 0.99, 12.99, 0);
INSERT INTO commerce.order_lines (tenant_id, id, order_id, line_no, product_id, sku, name, quantity, unit_price, modifiers, notes, tax_class, gross, discount, tax, total, refunded_quantity) VALUES (':tenant', gen_random_uuid(), ':oid', 3, ':p3', 'B-3', 'Bench item', 1, 11.50, CAST('[]' AS jsonb), NULL, 'standard', 11.50, 0.00, 0.95, 12.45, 0);
INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status, completion_attempts, last_resubmission_date) VALUES (':e1', 'cloud.olympus.server.inventory.StockChanged', 'cloud.olympus.server.realtime.internal.EventRelay.on(cloud.olympus.server.inventory.StockChanged)', now(), '{"tenant_id":"' || ':tenant' || '","item_ids":["' || ':p1' || '","' || ':p2' || '"]}', 'PUBLISHED', 1, now());
INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status, completion_attempts, last_resubmission_date) VALUES (':e2', 'cloud.olympus.server.commerce.OrderPlaced', 'cloud.olympus.server.realtime.internal.EventRelay.on(cloud.olympus.server.commerce.OrderPlaced)', now(), '{"tenant_id":"' || ':tenant' || '","order_id":"' || ':oid' || '","order_number":"X-' || ':oid' || '","source":"pos","total":36.27,"currency":"USD","customer_id":null}', 'PUBLISHED', 1, now());
UPDATE platform.idempotency_keys SET response = CAST(':response' AS jsonb) WHERE key = ':idem';
COMMIT;
BEGIN;
UPDATE event_publication SET status = 'PROCESSING' WHERE id = ':e1' AND status != 'PROCESSING';
COMMIT;
BEGIN;
DELETE FROM event_publication WHERE id = ':e1';
COMMIT;
BEGIN;
UPDATE event_publication SET status = 'PROCESSING' WHERE id = ':e2' AND status != 'PROCESSING';
COMMIT;
BEGIN;
DELETE FROM event_publication WHERE id = ':e2';
COMMIT;
