export * from './contact';
export * from './credit-code';
export * from './foreign-permanent-resident-id';
export * from './id-number';
export * from './mask';
export * from './password';
export * from './resident-id';
export * from './travel-documents';
