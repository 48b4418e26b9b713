import { performance } from 'node:perf_hooks';
import { generateDemoValues } from '../packages/core/src/demo/index.ts';
import { DEFAULT_PACKAGE } from '../packages/core/src/metadata/default-package.ts';
import { KONTUM_ORG_UNITS } from '../packages/core/src/orgunit/kontum.ts';
import { systemClock } from '../packages/server/src/clock.ts';
import { storeTrustedValues } from '../packages/server/src/features/data-values/data-value.service.ts';
import { setupInstallation } from '../packages/server/src/features/install/install.service.ts';
import { exportMetadata } from '../packages/server/src/features/metadata/metadata.service.ts';
import type { Benchmark } from './run.ts';

const time = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
};

/** Installation: schema and package, demo generation and load, metadata export. */
export const foundationBenchmarks: Benchmark = async (dialect) => {
  const database = await dialect.create();
  try {
    const [, setupMs] = await time(() => setupInstallation({ db: database.db, clock: systemClock }));
    const [values, generateMs] = await time(() => generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { includeZeros: true }));
    const [, loadMs] = await time(() =>
      database.db.transaction().execute((trx) => storeTrustedValues(trx, values, 'bench', new Date().toISOString())),
    );
    const [, exportMs] = await time(() => exportMetadata(database.db));
    return [
      { name: 'setup (schema + default package + org units)', value: setupMs, unit: 'ms' },
      { name: `demo values generated (${values.length})`, value: generateMs, unit: 'ms' },
      { name: 'demo values stored', value: values.length / (loadMs / 1000), unit: 'values/s' },
      { name: 'metadata export', value: exportMs, unit: 'ms' },
    ];
  } finally {
    await database.drop();
  }
};
