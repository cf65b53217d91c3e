export * from './tenants';
export * from './users';
export * from './sessions';
export * from './audit';
export * from './instance';
