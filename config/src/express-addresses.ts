/**
 * 证件快递常用地址: how many an organization keeps. The database says the same
 * (database/constraints/002-limits.sql); the portal shows it before the sixth is refused.
 */
export const EXPRESS_ADDRESS_LIMIT = 5;
