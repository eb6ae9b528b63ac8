// Telephony policies (seeds 003 and 001): numbers, block periods, the blocklist entry's life, IVR → human,
// auto-block candidates and the hang-up ratio. Pure: no I/O, the clock and the zone are parameters.
export * from './number.ts';
export * from './period.ts';
export * from './blocklist.ts';
export * from './ivr.ts';
export * from './autoblock.ts';
export * from './hangup.ts';
