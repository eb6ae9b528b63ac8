export * from './aggregate.ts';
export * from './monthly.ts';
