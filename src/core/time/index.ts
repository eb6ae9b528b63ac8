// One module for time in the core: zones (./zone.ts), calendar days (./days.ts), months (./months.ts) and working
// days and periods (./working-days.ts). Nothing here reads the clock: `now` is always a parameter.
export * from './zone.ts';
export * from './days.ts';
export * from './months.ts';
export * from './working-days.ts';
