// Public entry of the demo generator (README.md "Start" (the demo accounts)): a seeded, pure builder of a demo organisation.
export { generateDemo, demoOptionsSchema, SCENARIOS } from './generate.ts';
export type { DemoLabel, DemoOptions, DemoOrg } from './generate.ts';
export type { DemoAgent, DemoClient, DemoTeam, DemoUser, DemoVendor, UserRole } from './org.ts';
export { DEFAULT_RATES, FAULT_KINDS } from './faults.ts';
export type { CallerClass, DemoRates, FaultKind } from './faults.ts';
export { createRng } from '../random/random.ts';
export type { Rng } from '../random/random.ts';
