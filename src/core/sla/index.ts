// The SLA clock of work orders: durations on a working-day calendar (./clock.ts) and the state of an order from its
// event history (./state.ts). Pure: `now`, the zone and the calendar are parameters.
export * from './clock.ts';
export * from './state.ts';
