export * from './capital-amount';
export * from './invoice-number';
export * from './labels';
