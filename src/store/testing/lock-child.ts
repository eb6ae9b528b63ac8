// A second process for the data-folder lock test: `node --import tsx lock-child.ts DIR once|hold`.
// Exit 3 with the error on stderr when the folder is locked; with `hold`, keep the store open until signalled.
import { DataDirLockedError } from '../lock.ts';
import { openStore } from '../open-store.ts';

const [dir, mode] = process.argv.slice(2);
if (!dir) throw new Error('usage: lock-child.ts DIR once|hold');
try {
  const store = await openStore({ dataDir: dir });
  process.stdout.write('opened\n');
  if (mode === 'hold') setInterval(() => {}, 60_000);
  else await store.close();
} catch (e) {
  if (!(e instanceof DataDirLockedError)) throw e;
  process.stderr.write(e.message + '\n');
  process.exit(3);
}
