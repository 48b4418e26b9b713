// `npm run bench`: prints figures, asserts nothing. Each benchmark runs on SQLite, and on PostgreSQL
// when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set.
import { DIALECTS } from '../packages/server/src/test/dialects.ts';
import { aggregateBenchmarks } from './aggregate.bench.ts';
import { analyticsBenchmarks } from './analytics.bench.ts';
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

const suites: Benchmark[] = [
  foundationBenchmarks,
  aggregateBenchmarks,
  analyticsBenchmarks,
  reportBenchmarks,
  importBenchmarks,
  surveillanceBenchmarks,
  pivotBenchmarks,
  nationalBenchmarks,
];

for (const dialect of DIALECTS) {
  console.log(`\n== ${dialect.name} ==`);
  for (const suite of suites) {
    for (const f of await suite(dialect)) {
      console.log(`${f.name.padEnd(48)} ${f.value.toFixed(f.value < 10 ? 2 : 0).padStart(12)} ${f.unit}`);
    }
  }
}
