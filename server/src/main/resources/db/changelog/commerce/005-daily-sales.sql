--liquibase formatted sql

--changeset olympus:commerce-orders-by-business-day
-- A live dashboard sums the business day under way after every completed order.
CREATE INDEX idx_orders_business_date ON commerce.orders (tenant_id, business_date);
