-- The statements the server runs to record one till sale of three lines (two stock-counted items
-- and one not) paid with two tenders (card, then cash with change), with the sale's id as its
-- Idempotency-Key, as the application role under row-level security. Kept in step with
-- IdempotentRequests, TillSales, OrderRepository, Catalogue, StockLedger.sellRung and the event
-- publication registry. Items are taken in one order (here by SKU; the server sorts by id) so two
-- sales never deadlock. The session check of the access token is one query per session every few
-- seconds, not per sale.
--
-- The stock change, the placed order, its two payments and its completion are published too, for
-- live screens, and the completion for the loyalty listener as well: six publications. After the
-- commit the registry hands each to its listener (loyalty: no customer, nothing to do), marks it as
-- processing and deletes it, each in a transaction of its own: the transactions after the sale's
-- below. The server does them after answering, so pgbench's latency counts them where a till waits
-- for one commit. The live-event relay's own reading and writing are not repeated here.
\set a random(1, 30)
\set b random(1, 30)
\set n1 least(:a, :b)
\set n2 greatest(:a, :b)
\set n3 random(31, 50)
\set q1 random(1, 2)
\set q2 random(1, 2)
BEGIN;
SELECT set_config('app.tenant_id', ':tenant', true);
SELECT gen_random_uuid() AS sid, gen_random_uuid() AS eid, gen_random_uuid() AS e1, gen_random_uuid() AS e2, gen_random_uuid() AS e3, gen_random_uuid() AS e4, gen_random_uuid() AS e5, now() - interval '1 second' AS rung \gset
INSERT INTO platform.idempotency_keys (tenant_id, key, scope, request_hash, caller_id) VALUES (':tenant', ':sid', 'POST /sales', '\x00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', gen_random_uuid()) ON CONFLICT DO NOTHING;
SELECT COUNT(id) FROM commerce.orders WHERE id = ':sid';
SELECT (SELECT id FROM inventory.items WHERE sku = 'B-' || :n1) AS p1, (SELECT id FROM inventory.items WHERE sku = 'B-' || :n2) AS p2, (SELECT id FROM inventory.items WHERE sku = 'B-' || :n3) AS p3 \gset
SELECT id, sku, name, category, unit_cost, unit_price, current_stock, reserved_stock, min_stock, max_stock, barcode, tax_class, active, track_stock, open_price, modifier_groups, location_data, image_url, created_at, updated_at FROM inventory.items WHERE id = ANY(ARRAY[':p1', ':p2', ':p3']::uuid[]);
INSERT INTO commerce.order_counters (tenant_id, business_date, last_number) VALUES (':tenant', current_date, 1) ON CONFLICT (tenant_id, business_date) DO UPDATE SET last_number = order_counters.last_number + 1 RETURNING last_number;
INSERT INTO commerce.orders (tenant_id, id, order_number, customer_id, status, source, currency, subtotal, discount_total, tax, total, discounts, payment_status, paid_total, tip_total, refunded_total, notes, business_date, created_by, created_at, updated_at, completed_at, cancelled_at, terminal_id, rung_at, offline, discrepancies, needs_review) VALUES (':tenant', ':sid', 'X-' || ':sid', NULL, 'completed', 'pos', 'USD', 33.50, 0.00, 2.77, 36.27, CAST('[]' AS jsonb), 'paid', 36.27, 0.00, 0.00, NULL, current_date, ':user', now(), now(), now(), NULL, gen_random_uuid(), ':rung', false, CAST('[]' AS jsonb), false);
INSERT INTO commerce.order_lines (tenant_id, id, order_id, line_no, product_id, sku, name, quantity, unit_price, modifiers, notes, tax_class, gross, discount, tax, total, refunded_quantity) VALUES (':tenant', gen_random_uuid(), ':sid', 1, ':p1', 'B-1', 'Bench item', :q1, 10.00, CAST('[]' AS jsonb), NULL, 'standard', 10.00, 0.00, 0.83, 10.83, 0), (':tenant', gen_random_uuid(), ':sid', 2, ':p2', 'B-2', 'Bench item', :q2, 12.00, CAST('[]' AS jsonb), NULL, 'standard', 12.00, 0.00, 0.99, 12.99, 0);
INSERT INTO commerce.order_lines (tenant_id, id, order_id, line_no, product_id, sku, name, quantity, unit_price, modifiers, notes, tax_class, gross, discount, tax, total, refunded_quantity) VALUES (':tenant', gen_random_uuid(), ':sid', 3, ':p3', 'B-3', 'Bench item', 1, 11.50, CAST('[]' AS jsonb), NULL, 'standard', 11.50, 0.00, 0.95, 12.45, 0);
INSERT INTO commerce.payments (tenant_id, id, order_id, method, amount, tip, tendered, change_due, reference, created_by, created_at) VALUES (':tenant', gen_random_uuid(), ':sid', 'card', 10.00, 0.00, NULL, 0.00, NULL, ':user', now()), (':tenant', gen_random_uuid(), ':sid', 'cash', 26.27, 0.00, 30.00, 3.73, NULL, ':user', now());
SELECT max(occurred_at) FROM inventory.stock_movements WHERE item_id = ':p1' AND kind = 'count' AND occurred_at > ':rung';
UPDATE inventory.items SET current_stock = current_stock + -:q1, reserved_stock = reserved_stock + 0, updated_at = now() WHERE id = ':p1' AND (NOT false OR current_stock - reserved_stock >= 0 - -:q1) RETURNING current_stock, reserved_stock, min_stock, max_stock, sku, name;
INSERT INTO inventory.stock_movements (tenant_id, item_id, kind, quantity_delta, reserved_delta, stock_after, order_id, refund_id, actor_id, note, occurred_at) VALUES (':tenant', ':p1', 'sale', -:q1, 0, 1000000, ':sid', NULL, ':user', NULL, coalesce(':rung'::timestamptz, now()));
SELECT max(occurred_at) FROM inventory.stock_movements WHERE item_id = ':p2' AND kind = 'count' AND occurred_at > ':rung';
UPDATE inventory.items SET current_stock = current_stock + -:q2, reserved_stock = reserved_stock + 0, updated_at = now() WHERE id = ':p2' AND (NOT false OR current_stock - reserved_stock >= 0 - -:q2) RETURNING current_stock, reserved_stock, min_stock, max_stock, sku, name;
INSERT INTO inventory.stock_movements (tenant_id, item_id, kind, quantity_delta, reserved_delta, stock_after, order_id, refund_id, actor_id, note, occurred_at) VALUES (':tenant', ':p2', 'sale', -:q2, 0, 1000000, ':sid', NULL, ':user', NULL, coalesce(':rung'::timestamptz, now()));
INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status, completion_attempts, last_resubmission_date) VALUES (':e1', 'cloud.olympus.server.inventory.StockChanged', 'cloud.olympus.server.realtime.internal.EventRelay.on(cloud.olympus.server.inventory.StockChanged)', now(), '{"tenant_id":"' || ':tenant' || '","item_ids":["' || ':p1' || '","' || ':p2' || '"]}', 'PUBLISHED', 1, now());
INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status, completion_attempts, last_resubmission_date) VALUES (':e2', 'cloud.olympus.server.commerce.OrderPlaced', 'cloud.olympus.server.realtime.internal.EventRelay.on(cloud.olympus.server.commerce.OrderPlaced)', now(), '{"tenant_id":"' || ':tenant' || '","order_id":"' || ':sid' || '","order_number":"X-' || ':sid' || '","source":"pos","total":36.27,"currency":"USD","customer_id":null}', 'PUBLISHED', 1, now());
INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status, completion_attempts, last_resubmission_date) VALUES (':e3', 'cloud.olympus.server.commerce.PaymentCaptured', 'cloud.olympus.server.realtime.internal.EventRelay.on(cloud.olympus.server.commerce.PaymentCaptured)', now(), '{"tenant_id":"' || ':tenant' || '","order_id":"' || ':sid' || '","payment_id":"' || gen_random_uuid() || '","method":"card","amount":10.00,"tip":0.00}', 'PUBLISHED', 1, now());
INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status, completion_attempts, last_resubmission_date) VALUES (':e4', 'cloud.olympus.server.commerce.PaymentCaptured', 'cloud.olympus.server.realtime.internal.EventRelay.on(cloud.olympus.server.commerce.PaymentCaptured)', now(), '{"tenant_id":"' || ':tenant' || '","order_id":"' || ':sid' || '","payment_id":"' || gen_random_uuid() || '","method":"card","amount":26.27,"tip":0.00}', 'PUBLISHED', 1, now());
INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status, completion_attempts, last_resubmission_date) VALUES (':eid', 'cloud.olympus.server.commerce.OrderCompleted', 'cloud.olympus.server.customer.internal.OrderEventListener.on(cloud.olympus.server.commerce.OrderCompleted)', now(), '{"tenant_id":"' || ':tenant' || '","order_id":"' || ':sid' || '","order_number":"X-' || ':sid' || '","customer_id":null,"total":36.27,"paid_with_points":0.00,"currency":"USD","completed_at":"' || now() || '"}', 'PUBLISHED', 1, now());
INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status, completion_attempts, last_resubmission_date) VALUES (':e5', 'cloud.olympus.server.commerce.OrderCompleted', 'cloud.olympus.server.realtime.internal.EventRelay.on(cloud.olympus.server.commerce.OrderCompleted)', now(),  '{"tenant_id":"' || ':tenant' || '","order_id":"' || ':sid' || '","order_number":"X-' || ':sid' || '","customer_id":null,"total":36.27,"paid_with_points":0.00,"currency":"USD","completed_at":"' || now() || '"}', 'PUBLISHED', 1, now());
UPDATE platform.idempotency_keys SET response = CAST(':response' AS jsonb) WHERE key = ':sid';
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
BEGIN;
UPDATE event_publication SET status = 'PROCESSING' WHERE id = ':e3' AND status != 'PROCESSING';
COMMIT;
BEGIN;
DELETE FROM event_publication WHERE id = ':e3';
COMMIT;
BEGIN;
UPDATE event_publication SET status = 'PROCESSING' WHERE id = ':e4' AND status != 'PROCESSING';
COMMIT;
BEGIN;
DELETE FROM event_publication WHERE id = ':e4';
COMMIT;
BEGIN;
UPDATE event_publication SET status = 'PROCESSING' WHERE id = ':eid' AND status != 'PROCESSING';
COMMIT;
BEGIN;
DELETE FROM event_publication WHERE id = ':eid';
COMMIT;
BEGIN;
UPDATE event_publication SET status = 'PROCESSING' WHERE id = ':e5' AND status != 'PROCESSING';
COMMIT;
BEGIN;
DELETE FROM event_publication WHERE id = ':e5';
COMMIT;
