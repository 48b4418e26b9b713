// `npm run bench`: prints figures, asserts nothing. Each benchmark runs on SQLite, and on PostgreSQL
// when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set.
import { DIALECTS } from '../packages/server/src/test/dialects.ts';
import { aggregateBenchmarks } from './aggregate.bench.ts';
import { analyticsBenchmarks } from './analytics.bench.ts';
import { dhis2ImportBenchmarks } from './dhis2-import.bench.ts';
import { foundationBenchmarks } from './foundation.bench.ts';
import { importBenchmarks } from './import.bench.ts';
import { pivotBenchmarks } from './pivot.bench.ts';
import { nationalBenchmarks } from './national/national.bench.ts';
import { reportBenchmarks } from './report.bench.ts';
import { surveillanceBenchmarks } from './surveillance.bench.ts';

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

export type Benchmark = (dialect: (typeof DIALECTS)[number]) => Promise<Figure[]>;

const all: Record<string, Benchmark> = {
  foundation: foundationBenchmarks,
  aggregate: aggregateBenchmarks,
  analytics: analyticsBenchmarks,
  report: reportBenchmarks,
  import: importBenchmarks,
  'dhis2-import': dhis2ImportBenchmarks,
  surveillance: surveillanceBenchmarks,
  pivot: pivotBenchmarks,
  national: nationalBenchmarks,
};
// BENCH_ONLY=analytics,import runs only those suites (a comma-separated list of the names above).
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const unknown = only?.filter((name) => !(name in all)) ?? [];
if (unknown.length)
  throw new Error(`BENCH_ONLY: no suite ${unknown.join(', ')}; suites: ${Object.keys(all).join(', ')}`);
const suites = Object.entries(all).flatMap(([name, suite]) => (!only || only.includes(name) ? [suite] : []));

for (const dialect of DIALECTS) {
  console.log(`\n== ${dialect.name} ==`);
  for (const suite of suites) {
    for (const f of await suite(dialect)) {
      console.log(`${f.name.padEnd(48)} ${f.value.toFixed(f.value < 10 ? 2 : 0).padStart(12)} ${f.unit}`);
    }
  }
}
