// The command registry: each command lives in its own module and is listed here once.
import type { Command } from 'commander';

export function registerCommands(_program: Command): void {}
