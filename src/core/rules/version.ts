// Rule-pack versions are semantic MAJOR.MINOR.PATCH texts (docs/rules.md); the database keeps one sortable integer
// per version (MAJOR×1e6 + MINOR×1e3 + PATCH) so that "the highest published version" is a plain ORDER BY on both
// databases. That encoding is exact only while MINOR and PATCH stay below 1000 and the integer fits the 32-bit
// column, so the pack schema accepts exactly those versions and packRevision refuses anything else instead of
// letting 1.1000.0 and 2.0.0 collide.

/** MAJOR.MINOR.PATCH with each part 0–999 (what the revision integer can hold). */
export const PACK_VERSION_PATTERN = /^\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** `1.2.3` → 1002003. Throws RangeError naming the text when it is not a version the integer can hold. */
export function packRevision(semver: string): number {
  if (!PACK_VERSION_PATTERN.test(semver)) {
    throw new RangeError(
      `pack version "${semver}" must be MAJOR.MINOR.PATCH with each part between 0 and 999`,
    );
  }
  const [major = 0, minor = 0, patch = 0] = semver.split('.').map(Number);
  return major * 1_000_000 + minor * 1_000 + patch;
}

/** The inverse of packRevision: 1002003 → "1.2.3". */
export function revisionLabel(revision: number): string {
  return `${Math.floor(revision / 1_000_000)}.${Math.floor(revision / 1_000) % 1_000}.${revision % 1_000}`;
}
