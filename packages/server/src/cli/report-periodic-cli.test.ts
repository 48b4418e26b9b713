import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toDataValueSetJson } from '@syt/core/interchange/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type TestDatabase } from '../test/dialects.ts';
import { syt } from '../test/syt-cli.ts';

const value = (dataElement: string, orgUnit: string, period: string, v: number) => ({ dataElement, categoryOptionCombo: 'default', orgUnit, period, value: String(v) });

describe.each(DIALECTS)('syt report quarterly on $name', (dialect) => {
  let database: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'syt-periodic-'));
  beforeAll(async () => {
    database = await dialect.create();
    expect((await syt(database.url, 'setup', '--admin-password', 'mat-khau-quan-tri')).code).toBe(0);
    const file = join(dir, 'values.json');
    // Tay - Chân - Miệng in July, August and September 2023 (and one case in June, outside the quarter).
    const values = [value('TCM_CASES', '608', '202307', 9), value('TCM_CASES', '615', '202308', 4), value('TCM_CASES', '615', '202309', 2), value('TCM_CASES', '608', '202306', 5)];
    writeFileSync(file, toDataValueSetJson(values));
    expect((await syt(database.url, 'data', 'import', file)).code).toBe(0);
  }, 120_000);
  afterAll(() => database.drop());

  it("prints the quarter's report with the sum of its three months", async () => {
    const res = await syt(database.url, 'report', 'quarterly', '--org', '62', '--period', '2023Q3', '--format', 'text', '--include-drafts');
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('tình hình thực hiện nhiệm vụ quý III năm 2023 và nhiệm vụ công tác trọng tâm quý IV năm 2023');
    expect(res.stdout).toContain('1.1. Tình hình dịch bệnh quý III năm 2023:');
    // Three of the thirty forms of the quarter hold values (counted as drafts): each missing one named with its month,
    // and no comparison a missing form could change.
    expect(res.stdout).toContain('Số liệu quý III/2023 tổng hợp từ 03/30 báo cáo tháng (chưa nhận được báo cáo tháng 07/2023 của huyện Đăk Hà,');
    expect(res.stdout).toContain('- Tay - Chân - Miệng: Trong quý, ghi nhận 15 ca mắc mới (thành phố Kon Tum 09, Đăk Hà 06). Lũy tích đến 30/09/2023,');
    expect(res.stderr).toContain('Chưa nhận được báo cáo quý III/2023');
  });

  it('refuses a month as the period of a quarterly report, naming the form', async () => {
    const res = await syt(database.url, 'report', 'quarterly', '--org', '62', '--period', '202307');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('- period: Kỳ "202307" không dùng được cho báo cáo quý: cần dạng YYYYQn');
  });
});
