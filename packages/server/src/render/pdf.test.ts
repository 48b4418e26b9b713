import { execFile } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeMonthlyReport } from '@syt/core/report/index.ts';
import { kontumReportInput } from '@syt/core/report/monthly/golden/seed-001-input.ts';
import { previewReport } from '@syt/core/report/render/test-fixture.ts';
import { describe, expect, it } from 'vitest';
import { convertDocxToPdf } from './pdf.ts';
import { renderReportDocx } from './report-docx.ts';

const run = promisify(execFile);
/** Where a person can look at the result: the repository's test-results/report/. */
const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../test-results/report');
const MISSING = 'LibreOffice (soffice) is not installed: run `node scripts/ensure-system-packages.mjs` (installs libreoffice-writer-nogui, poppler-utils, fonts-liberation2).';

describe('convertDocxToPdf', () => {
  it('converts the November 2023 report to a PDF whose first page renders', async () => {
    await rm(OUT, { recursive: true, force: true });
    await mkdir(OUT, { recursive: true });
    const docx = await renderReportDocx(previewReport(writeMonthlyReport(kontumReportInput('202311'))));
    await writeFile(join(OUT, 'report.docx'), docx);

    const pdf = await convertDocxToPdf(docx);
    expect(pdf, MISSING).not.toBeNull();
    expect(pdf!.subarray(0, 4).toString('latin1')).toBe('%PDF');
    await writeFile(join(OUT, 'report.pdf'), pdf!);

    const { stdout } = await run('pdfinfo', [join(OUT, 'report.pdf')]);
    expect(Number(/^Pages:\s+(\d+)/mu.exec(stdout)?.[1])).toBeGreaterThanOrEqual(1);
    await run('pdftoppm', ['-png', '-r', '60', join(OUT, 'report.pdf'), join(OUT, 'page')]);
    const pngs = (await readdir(OUT)).filter((name) => name.endsWith('.png'));
    expect(pngs.some((name) => /^page-0*1\.png$/u.test(name))).toBe(true);
    // The first page carries the report's own words, not a blank or an error page.
    const page1 = (await run('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', join(OUT, 'report.pdf'), '-'])).stdout;
    const words = page1.normalize('NFC').replace(/\s+/gu, ' ');
    for (const expected of ['SỞ Y TẾ', 'BÁO CÁO', 'nhiệm vụ tháng 11 năm 2023', 'Tình hình dịch bệnh tháng 11 năm 2023']) {
      expect(words, expected).toContain(expected);
    }
  });
});
