/** Small analytics tables for the pivot and chart tests. */
import fc from 'fast-check';
import type { AnalyticsCell, AnalyticsTable, DataItemMeta, OrgUnitMeta, PeriodMeta } from '../api/analytics.ts';

export const count = (code: string, name = code): DataItemMeta => ({
  code,
  name,
  kind: 'element',
  additive: { ou: true, pe: true },
  decimals: 0,
});
export const rate = (code: string, name = code): DataItemMeta => ({
  code,
  name,
  kind: 'indicator',
  additive: { ou: false, pe: false },
  decimals: 1,
});
export const unit = (code: string, name = code): OrgUnitMeta => ({
  code,
  name,
  level: 2,
  ancestors: ['62'],
  history: [],
});

/** A month `YYYYMM` with its dates. */
export function month(code: string): PeriodMeta {
  const y = Number(code.slice(0, 4));
  const m = Number(code.slice(4));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = code.slice(4);
  return { code, name: `Tháng ${mm}/${y}`, startDate: `${y}-${mm}-01`, endDate: `${y}-${mm}-${last}` };
}

export function tableOf(items: AnalyticsTable['items'], cells: AnalyticsCell[], ouDisjoint = true): AnalyticsTable {
  return {
    items,
    query: { dx: items.dx.map((d) => d.code), ou: items.ou.map((o) => o.code), pe: items.pe.map((p) => p.code) },
    cells,
    ouDisjoint,
  };
}

/** Tables of counts (1–3 items, 1–4 units, 1–4 months) with some cells missing, values possibly negative or fractional. */
export const countTables: fc.Arbitrary<AnalyticsTable> = fc
  .record({
    dx: fc.integer({ min: 1, max: 3 }),
    ou: fc.integer({ min: 1, max: 4 }),
    pe: fc.integer({ min: 1, max: 4 }),
  })
  .chain((n) => {
    const dx = Array.from({ length: n.dx }, (_, i) => count(`E${i}`));
    const ou = Array.from({ length: n.ou }, (_, i) => unit(`U${i}`));
    const pe = Array.from({ length: n.pe }, (_, i) => month(`20230${i + 1}`));
    const slots = dx.flatMap((d) => ou.flatMap((o) => pe.map((p) => ({ dx: d.code, ou: o.code, pe: p.code }))));
    const value = fc.option(fc.integer({ min: -50, max: 1000 }), { nil: null, freq: 3 });
    return fc.array(value, { minLength: slots.length, maxLength: slots.length }).map((values) =>
      tableOf(
        { dx, ou, pe },
        slots.flatMap((s, i) => (values[i] === null ? [] : [{ ...s, value: values[i]! }])),
      ),
    );
  });
