import type { Database } from '../../packages/server/src/db/database.ts';

/** Whether the accepted saves are all stored and audited: audit rows per accepted save, and each cell's trail a chain. */
export async function verifySaves(db: Database, accepted: number, inFlight: number) {
  try {
    return await check(db, accepted, inFlight);
  } finally {
    await db.destroy();
  }
}

async function check(db: Database, accepted: number, inFlight: number) {
  const rows = await db
    .selectFrom('data_value_audit')
    .select(['data_element_id', 'category_option_combo_id', 'org_unit_id', 'period', 'old_value', 'new_value'])
    .where('changed_by', 'like', 'tai%')
    .orderBy('id')
    .execute();
  const stored = await db
    .selectFrom('data_value')
    .select(['data_element_id', 'category_option_combo_id', 'org_unit_id', 'period', 'value'])
    .where('stored_by', 'like', 'tai%')
    .execute();
  const key = (r: { data_element_id: number; category_option_combo_id: number; org_unit_id: number; period: string }) =>
    `${r.data_element_id}|${r.category_option_combo_id}|${r.org_unit_id}|${r.period}`;
  const last = new Map<string, string | null>();
  let broken = 0;
  for (const r of rows) {
    if ((last.get(key(r)) ?? null) !== r.old_value) broken++;
    last.set(key(r), r.new_value);
  }
  const missing = stored.filter((s) => last.get(key(s)) !== s.value).length + (last.size - stored.length);
  // Saves still in flight when the clock stopped may be stored without their answer having been counted.
  const countOk = rows.length >= accepted && rows.length <= accepted + inFlight;
  return { auditRows: rows.length, cells: stored.length, brokenChains: broken, mismatchedCells: missing, ok: countOk && broken === 0 && missing === 0 };
}
