#!/usr/bin/env node
// Launcher: runs the TypeScript sources through tsx so `npx zhijian …` needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
