// `npm run bench:national`: the national benchmarks alone, on the PostgreSQL server BENCH_DATABASE_URL names.
import { DIALECTS } from '../../packages/server/src/test/dialects.ts';
import { nationalBenchmarks } from './national.bench.ts';

const postgres = DIALECTS.find((d) => d.name === 'postgres');
if (!postgres) throw new Error('BENCH_DATABASE_URL or TEST_DATABASE_URL must name a PostgreSQL server');
for (const f of await nationalBenchmarks(postgres)) {
  console.log(`${f.name.padEnd(56)} ${f.value.toFixed(f.value < 10 ? 2 : 0).padStart(12)} ${f.unit}`);
}
