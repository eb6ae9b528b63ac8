// `zhijian users reset-password USERNAME`: the way back in when an administrator's password is lost. It works on
// the database directly (the embedded one only while the server is stopped: one process owns the data folder), so
// it is reserved to whoever can run the program on the server. The new password is random unless given, printed
// once; the account's sessions end and any disabled flag stays as it is. The change is audited.
// Its modules are imported inside the action so that other commands do not load them at start-up.
import type { Command } from 'commander';

export function registerUsers(program: Command): void {
  const users = program.command('users').description('manage accounts from the server’s shell');
  users
    .command('reset-password')
    .argument('<username>', 'the account to reset')
    .option('--password <password>', 'the new password (default: a random one, printed once)')
    .description('set a new password for an account and end its sessions (when the admin password is lost)')
    .action(async (username: string, opts: { password?: string }) => {
      const { parseSettings } = await import('../../settings/settings.ts');
      const { generatePassword, hashPassword } = await import('../../auth/passwords.ts');
      const { passwordIssues } = await import('../../core/auth/user-scope.ts');
      const { appendAudit, endSessionsOfUser, findUserByUsername, openStore, setPasswordHash } =
        await import('../../store/index.ts');
      const settings = parseSettings(process.env);
      const password = opts.password ?? generatePassword();
      const issues = passwordIssues('password', password, username);
      if (issues.length > 0) {
        process.stderr.write(`The password is not acceptable: ${issues.map((i) => i.message).join('; ')}\n`);
        process.exitCode = 2;
        return;
      }
      const store = await openStore({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
      try {
        const user = await findUserByUsername(store, username);
        if (!user) {
          process.stderr.write(`No user "${username}".\n`);
          process.exitCode = 2;
          return;
        }
        const hash = await hashPassword(password);
        const ended = await store.db.transaction(async (tx) => {
          const s = { db: tx };
          await setPasswordHash(s, user.id, hash);
          const n = await endSessionsOfUser(s, user.id);
          await appendAudit(s, {
            actorUserId: null,
            action: 'user.password.reset',
            entity: 'user',
            entityId: user.id,
            after: { passwordReset: true, via: 'cli', sessionsEnded: n },
          });
          return n;
        });
        console.log(
          `Password of "${username}" reset${opts.password ? '' : `: ${password} (shown once)`}; ${ended} session(s) ended.`,
        );
      } finally {
        await store.close();
      }
    });
}
