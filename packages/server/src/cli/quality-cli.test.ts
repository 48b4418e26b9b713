import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.ts';
import { storeTrustedValues } from '../features/data-values/data-value.service.ts';
import { setupInstallation } from '../features/install/install.service.ts';
import { DIALECTS, type TestDatabase } from '../test/dialects.ts';

const bin = join(resolve(import.meta.dirname, '../../../..'), 'packages/server/bin/syt.mjs');
const run = promisify(execFile);

describe.each(DIALECTS)('syt quality bounds on $name', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await dialect.create();
    await setupInstallation({ db: database.db, clock: systemClock });
    // Two years of a flat count at Đăk Hà, ending last month whatever today is.
    const now = new Date();
    const values = Array.from({ length: 24 }, (_, i) => {
      const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1 - i, 1));
      const period = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
      return { dataElement: 'VGA_CASES', categoryOptionCombo: 'default', orgUnit: '615', period, value: String(2 + (i % 3)) };
    });
    await database.db.transaction().execute((trx) => storeTrustedValues(trx, values, 'test', now.toISOString()));
  });
  afterAll(() => database.drop());

  it('regenerates the bounds of a data set from history and says how many', async () => {
    const res = await run('node', [bin, 'quality', 'bounds', '--data-set', 'BTN_THANG', '--org', '615'], { env: { ...process.env, DATABASE_URL: database.url } });
    expect(res.stderr).toContain('Đã tính ngưỡng cho 1 ô số liệu');
    const bounds = await database.db.selectFrom('data_value_bound').select(['month', 'min_value', 'max_value', 'generated', 'updated_by']).execute();
    expect(bounds.map((b) => ({ ...b }))).toEqual([{ month: 0, min_value: 0, max_value: 9, generated: 1, updated_by: 'cli' }]);
  });
});
