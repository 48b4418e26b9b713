import type { ReportFormat } from '@syt/core/api/reports.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import { renderMarkdown, renderText } from '@syt/core/report/render/index.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { vi } from '../../messages.ts';
import { convertDocxToPdf } from '../../render/pdf.ts';
import { renderReportDocx } from '../../render/report-docx.ts';
import type { Actor } from '../access/access.policy.ts';
import type { Executor } from '../metadata/upsert.ts';
import { requireInstance, requireReportTarget } from './report-access.ts';
import { requireKind, requireReportPeriod } from './report-period.ts';
import { reportCacheFor } from './report-cache.ts';
import { writeOptions, writeReportFromData } from './report-input.service.ts';
import { reportSettingsOf } from './report-settings.service.ts';
import { readMonthlyReportState } from './report-version.repository.ts';
import { findInstance, findInstanceFor } from './reports.repository.ts';

/** A rendered report, ready to send or write to a file. */
export interface ReportFile {
  body: string | Buffer;
  contentType: string;
  fileName: string;
}

/** What a report request names: the unit, the period, the kind (monthly when absent), drafts counted or not. */
export interface ReportRequest {
  org: string;
  period: string;
  kind?: string | undefined;
  includeDrafts?: boolean;
}

/** The period's report: the stored instance's document when there is one, else written fresh from the data. */
export async function monthlyReportDocument(
  db: Executor, clock: Clock, actor: Actor, input: ReportRequest,
): Promise<{ document: ReportDocument; storedVersion: number | null }> {
  const { unit, period } = await requireReportTarget(db, actor, 'read', input);
  const stored = await findInstanceFor(db, unit.id, period.code, period.kind);
  if (stored) return { document: JSON.parse(stored.document) as ReportDocument, storedVersion: stored.version };
  return { document: await writeReportFromData(db, unit, period, writeOptions(clock, input)), storedVersion: null };
}

/**
 * `GET /api/reports/monthly`: the month's report in a format, JSON compact. Access is checked on every request,
 * before the cache. A stored report is cached under its id and version; a fresh one under the unit, the month and
 * the data versions (newest audit row, report-inputs counter), so any change that could alter it misses.
 */
export async function monthlyReportFile(
  { db, clock }: { db: Database; clock: Clock }, actor: Actor, input: ReportRequest & { format: ReportFormat },
): Promise<ReportFile> {
  const cache = reportCacheFor(db);
  const month = requireReportPeriod(requireKind(input.kind), input.period);
  // Side by side (two connections on PostgreSQL); the state is used only once the access check has passed.
  const [{ unit }, { stored, version }] = await Promise.all([
    requireReportTarget(db, actor, 'read', input),
    readMonthlyReportState(db, input.org, month.code, month.kind),
  ]);
  if (stored) {
    // Read again on a miss: a save since the version check only makes the answer newer than its key.
    const render = async () => renderMonthlyFile(JSON.parse((await findInstance(db, stored.id))!.document) as ReportDocument, input.format);
    return cache.get(`stored:${stored.id}:${stored.version}:${input.format}`, render, { store: true, bytes: fileBytes });
  }
  // The annual review also reads the plan targets, which no data version follows: written fresh each time.
  // Charts follow favourites, which no data version follows either: a report carrying charts is written fresh too.
  const charted = (await reportSettingsOf(db, unit)).charts.length > 0;
  const storable = month.kind !== 'annual' && !charted && (await cache.versions.storable(db, version));
  // Today is in the key: it caps the report's `đến` dates and decides whether the month has begun.
  const options = writeOptions(clock, input);
  const key = `fresh:${unit.id}:${month.kind}:${month.code}:${version.values}:${version.inputs}:${options.today}:${options.includeDrafts ? 'drafts' : 'sent'}`;
  const write = () => writeReportFromData(db, unit, month, options);
  const document = () => cache.get(`${key}:document`, write, { store: storable, bytes: (d) => JSON.stringify(d).length * 2 });
  return cache.get(`${key}:${input.format}`, async () => renderMonthlyFile(await document(), input.format), { store: storable, bytes: fileBytes });
}

/** As `renderReportFile`, but JSON compact as the route has always answered it, and text kept encoded (sent as is). */
async function renderMonthlyFile(doc: ReportDocument, format: ReportFormat): Promise<ReportFile> {
  const file = await renderReportFile(doc, format);
  const body = format === 'json' ? JSON.stringify(doc) : file.body;
  return { ...file, body: typeof body === 'string' ? Buffer.from(body) : body };
}

const fileBytes = (file: ReportFile) => file.body.length;

/** A stored report's current document in a format. */
export async function instanceFile(db: Executor, actor: Actor, id: number, format: ReportFormat): Promise<ReportFile> {
  const row = await requireInstance(db, actor, 'read', id);
  return renderReportFile(JSON.parse(row.document) as ReportDocument, format);
}

/** The document in one of the report formats; PDF answers 503 PDF_UNAVAILABLE where LibreOffice is missing. */
export async function renderReportFile(doc: ReportDocument, format: ReportFormat): Promise<ReportFile> {
  const year = Number(doc.period.slice(0, 4));
  const name = (ext: string) =>
    doc.kind === 'monthly'
      ? vi.report.fileName(Number(doc.period.slice(4, 6)), year, ext)
      : vi.report.periodicFileName(doc.kind, year, Number(doc.period.slice(5, 6)), ext);
  switch (format) {
    case 'json':
      return { body: `${JSON.stringify(doc, null, 2)}\n`, contentType: 'application/json; charset=utf-8', fileName: name('json') };
    case 'text':
      return { body: renderText(doc), contentType: 'text/plain; charset=utf-8', fileName: name('txt') };
    case 'md':
      return { body: renderMarkdown(doc), contentType: 'text/markdown; charset=utf-8', fileName: name('md') };
    case 'docx':
      return { body: await renderReportDocx(doc), contentType: DOCX, fileName: name('docx') };
    case 'pdf': {
      const pdf = await convertDocxToPdf(await renderReportDocx(doc));
      if (!pdf) throw new AppError(503, 'PDF_UNAVAILABLE', vi.report.pdfUnavailable);
      return { body: pdf, contentType: 'application/pdf', fileName: name('pdf') };
    }
  }
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
