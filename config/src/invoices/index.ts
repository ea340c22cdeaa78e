export * from './capital-amount';
export * from './invoice-number';
export * from './invoice-request';
export * from './labels';
