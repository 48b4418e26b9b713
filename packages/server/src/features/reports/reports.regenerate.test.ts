import { DEFAULT_PACKAGE } from '@syt/core/metadata/default-package.ts';
import { generatedBlocks } from '@syt/core/report/edit/index.ts';
import type { FigureRef, ReportDocument, Sentence } from '@syt/core/report/model.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { PERIOD, startReportTest, storedCell, type ReportTest } from './reports.fixture.ts';

const elementCodes = new Set(DEFAULT_PACKAGE.dataElements.map((e) => e.code));
// Elements an indicator reads: changing one moves a derived figure too, which would blur what "uses it" means.
const indicatorInputs = new Set(DEFAULT_PACKAGE.indicators.flatMap((i) => [...i.expression.matchAll(/#\{([A-Z0-9_]+)/g)].map((m) => m[1]!)));

const cites = (s: Sentence, element: string) => s.figures.some((f) => f.item.split('.')[0] === element);

/** A whole-unit month figure of a plain element stated by some sentence: changing it must change that sentence. */
function monthFigure(doc: ReportDocument): FigureRef | undefined {
  return generatedBlocks(doc)
    .flatMap((b) => b.sentences.flatMap((s) => s.figures))
    .find((f) => f.span === 'month' && f.orgUnit === undefined && (f.value ?? 0) > 0 && elementCodes.has(f.item.split('.')[0]!) && !indicatorInputs.has(f.item.split('.')[0]!));
}

/** "Changing one stored value and regenerating changes only the sentences that use it and keeps edited free text." */
describe.each(DIALECTS)('regenerating a report on $name', (dialect) => {
  let rt: ReportTest;
  beforeAll(async () => {
    // Drafts, so a cell can be edited; the report counts them on request.
    rt = await startReportTest(dialect, { submit: false });
  }, 120_000);
  afterAll(() => rt.t.close());

  it('rewrites only the sentences citing the changed value and keeps the edited free text', async () => {
    const { staff, admin } = rt.users;
    const created = (await staff.request('POST', '/api/reports/instances', { org: '62', period: PERIOD, includeDrafts: true })).json();
    const saved = (await staff.request('PUT', `/api/reports/instances/${created.id}`, { baseVersion: 1, freeText: { disease: 'Nhận định của phòng.' } })).json();
    const before = saved.document as ReportDocument;
    const figure = monthFigure(before);
    expect(figure, 'the writers state at least one month figure').toBeDefined();
    const [element, option] = figure!.item.split('.') as [string, string | undefined];

    const cell = await storedCell(rt, element, option);
    const put = await admin.request('PUT', '/api/data-values', { ...cell, value: String(Number(cell.value) + 7) });
    expect(put.statusCode, put.body).toBe(200);

    const regen = await staff.request('POST', `/api/reports/instances/${created.id}/regenerate`, { baseVersion: 2, includeDrafts: true });
    expect(regen.statusCode, regen.body).toBe(200);
    const after = regen.json().document as ReportDocument;
    expect(regen.json().version).toBe(3);

    const changed = changedSentences(before, after);
    expect(changed.length).toBeGreaterThan(0);
    for (const s of changed) expect(cites(s, element), s.text).toBe(true);
    expect(after.results.sections.flatMap((x) => x.children).find((x) => x.key === 'disease')!.blocks.at(-1)).toMatchObject({ slot: 'disease', text: 'Nhận định của phòng.' });

    const comparison = (await staff.request('GET', `/api/reports/instances/${created.id}/compare?from=2&to=3`)).json();
    expect(comparison.changes.length).toBeGreaterThan(0);
    for (const c of comparison.changes) expect(c.key).not.toMatch(/^(free:|header\.|plan)/);
    const edit = (await staff.request('GET', `/api/reports/instances/${created.id}/compare?from=1&to=2`)).json();
    expect(edit.changes).toEqual([expect.objectContaining({ key: 'free:disease', before: null, after: 'Nhận định của phòng.' })]);
  });
});

/** The sentences of `after` that differ from `before` at the same block and position (blocks keep their ids). */
function changedSentences(before: ReportDocument, after: ReportDocument): Sentence[] {
  const old = new Map(generatedBlocks(before).map((b) => [b.id, b.sentences]));
  expect(generatedBlocks(after).map((b) => b.id).sort()).toEqual([...old.keys()].sort());
  return generatedBlocks(after).flatMap((b) => {
    const previous = old.get(b.id)!;
    if (previous.length !== b.sentences.length) return b.sentences;
    return b.sentences.filter((s, i) => s.text !== previous[i]!.text);
  });
}

