-- Person numbers (人员编号) come from one sequence, so concurrent imports and forms never
-- collide; the unique index in 001 is the backstop.
CREATE SEQUENCE IF NOT EXISTS person_numbers START 1;
