/**
 * The subtrees a unit's figures read: its own and those of every unit it succeeded (core/analytics/history.ts), so
 * `/api/aggregate` and the analytics follow a merger the same way (Quảng Ngãi's 2024 is Kon Tum's).
 */
import { disjointPaths, historyIndex } from '@syt/core/analytics/history.ts';
import type { Executor } from '../metadata/upsert.ts';
import type { Subtree } from './item-value.service.ts';

/** An org unit as history needs it. */
export interface HistoryUnit {
  id: number;
  code: string;
  path: string;
  successors: string[];
}

/**
 * The disjoint subtrees of a unit's history, each with its province root's id; `history` is `historyIndex` over the
 * list of every unit, `byCode` that list by code.
 */
export function historySubtrees(history: (code: string) => string[], byCode: ReadonlyMap<string, HistoryUnit>, code: string): Subtree[] {
  const paths = disjointPaths(history(code).map((c) => byCode.get(c)!.path));
  return paths.map((path) => ({ path, provinceId: byCode.get(path.split('/')[1]!)!.id }));
}

/** Every org unit with its id, path and successor codes. */
export async function historyUnits(db: Executor): Promise<HistoryUnit[]> {
  const [units, links] = await Promise.all([
    db.selectFrom('org_unit').select(['id', 'code', 'path']).execute(),
    db.selectFrom('org_unit_successor as l').innerJoin('org_unit as s', 's.id', 'l.successor_id').select(['l.org_unit_id', 's.code']).execute(),
  ]);
  const successors = new Map<number, string[]>();
  for (const l of links) successors.set(l.org_unit_id, [...(successors.get(l.org_unit_id) ?? []), l.code]);
  return units.map((u) => ({ ...u, successors: successors.get(u.id) ?? [] }));
}

/** The subtrees of one unit's history, read from the database. */
export async function historyOf(db: Executor, code: string): Promise<Subtree[]> {
  const units = await historyUnits(db);
  return historySubtrees(historyIndex(units), new Map(units.map((u) => [u.code, u])), code);
}
