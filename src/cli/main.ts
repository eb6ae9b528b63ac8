// The `zhijian` program: every role (server, worker, analyst tools) is a sub-command of one binary.
import { Command } from 'commander';
import { registerCommands } from './commands/index.ts';

const program = new Command('zhijian')
  .description('zhijian (质检): QA and performance platform for contact-center calls and chats')
  .version('0.1.0');

registerCommands(program);

await program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
