-- Person numbers (人员编号) come from one sequence, so concurrent imports and forms never
-- collide; the unique index in 001 is the backstop.
CREATE SEQUENCE IF NOT EXISTS person_numbers START 1;

-- Badge order numbers (V + time + this serial, config/src/order-number.ts); the unique index on
-- order_number in 001 is the backstop.
CREATE SEQUENCE IF NOT EXISTS badge_order_numbers START 1;
