--liquibase formatted sql

--changeset olympus:analytics-product-sales-by-hour-covering
-- The dashboard sums four weeks of item hours (the day's top items and categories, and each item's
-- recent units): with every column it reads in the index, it reads the index alone.
CREATE INDEX idx_product_sales_by_hour_span ON analytics.product_sales_by_hour (tenant_id, hour_start)
    INCLUDE (item_id, category_id, quantity, revenue);
