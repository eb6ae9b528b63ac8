// Records of a month whose statement is approved are locked (docs/product.md "approved statements are locked and
// corrections are adjusting entries"): changing them would silently disagree with what was paid.
import { AppError } from '../core/errors/app-error.ts';
import { findStatement, type Store, type StoreDb } from '../store/index.ts';

export async function assertMonthOpen(
  store: Store | { db: StoreDb },
  vendorId: string,
  month: string,
): Promise<void> {
  const s = await findStatement(store, vendorId, month);
  if (s?.state === 'approved')
    throw new AppError(
      'LOCKED',
      `The ${month} statement of vendor ${vendorId} is approved and locked; record an adjusting entry on statement ${s.id} instead`,
      { statementId: s.id },
    );
}
