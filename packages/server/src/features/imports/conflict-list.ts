import type { ImportConflict } from '@syt/core/api/contract.ts';

/** File order: conflicts of the file as a whole first. */
export const byIndex = (a: { index: number | null }, b: { index: number | null }) => (a.index ?? -1) - (b.index ?? -1);

/** Refused rows from sources each in file order: all counted, the first `limit` of each kept. */
export class ConflictList {
  private kept: ImportConflict[] = [];
  private fromSource = 0;
  total = 0;
  constructor(private readonly limit: number) {}
  /** Counts one conflict; builds it (its location and reason strings) only when it may be listed. */
  add(build: () => ImportConflict): void {
    this.total += 1;
    if (this.fromSource++ < this.limit) this.kept.push(build());
  }
  /** The next conflicts come from another source, in file order of its own. */
  nextSource(): void {
    this.fromSource = 0;
  }
  /** The first listed conflicts in file order. */
  first(): ImportConflict[] {
    return this.kept.sort(byIndex).slice(0, this.limit);
  }
}
