export * from './fees';
export * from './lifecycle';
export * from './order-number';
export * from './validators';
export * from './vocabularies';
