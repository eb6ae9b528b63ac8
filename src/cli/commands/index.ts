// The command registry: each command lives in its own module and is listed here once.
import type { Command } from 'commander';
import { registerBackup } from './backup.ts';
import { registerCheck } from './check.ts';
import { registerDemo } from './demo.ts';
import { registerImport } from './import.ts';
import { registerKpi } from './kpi.ts';
import { registerRules } from './rules.ts';
import { registerScan } from './scan.ts';
import { registerServe } from './serve.ts';
import { registerUsers } from './users.ts';

export function registerCommands(program: Command): void {
  registerServe(program);
  registerDemo(program);
  registerCheck(program);
  registerRules(program);
  registerScan(program);
  registerKpi(program);
  registerUsers(program);
  registerBackup(program);
  registerImport(program);
}
