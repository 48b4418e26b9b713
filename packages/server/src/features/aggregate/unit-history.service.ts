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

/** The successor links, as units with their successors' codes (only units that have one). */
async function successorLinks(db: Executor): Promise<{ code: string; successors: string[] }[]> {
  const links = await db
    .selectFrom('org_unit_successor as l')
    .innerJoin('org_unit as u', 'u.id', 'l.org_unit_id')
    .innerJoin('org_unit as s', 's.id', 'l.successor_id')
    .select(['u.code', 's.code as successor'])
    .execute();
  const byUnit = new Map<string, string[]>();
  for (const l of links) byUnit.set(l.code, [...(byUnit.get(l.code) ?? []), l.successor]);
  return [...byUnit].map(([code, successors]) => ({ code, successors }));
}

/** The subtrees of one unit's history, read from the database: the successor links, then the few units they name. */
export async function historyOf(db: Executor, code: string): Promise<Subtree[]> {
  const roots = historyIndex(await successorLinks(db))(code);
  const units = await db.selectFrom('org_unit').select(['id', 'code', 'path']).where('code', 'in', roots).execute();
  const provinces = [...new Set(units.map((u) => u.path.split('/')[1]!))];
  const provinceIds = new Map(
    (await db.selectFrom('org_unit').select(['id', 'code']).where('code', 'in', provinces).execute()).map((p) => [p.code, p.id]),
  );
  return disjointPaths(units.map((u) => u.path)).map((path) => ({ path, provinceId: provinceIds.get(path.split('/')[1]!)! }));
}
