export * from './fields';
export * from './message';
export * from './organization';
export * from './registration';
