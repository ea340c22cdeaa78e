export * from './fields';
export * from './message';
export * from './organization';
export * from './person';
export * from './registration';
