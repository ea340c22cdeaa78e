export * from './divisions';
export * from './fees';
export * from './lifecycle';
export * from './order-number';
export * from './organization-fields';
export * from './organization-submission';
export * from './validators';
export * from './vocabularies';
