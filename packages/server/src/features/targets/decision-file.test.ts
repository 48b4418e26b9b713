import type { TargetRevision, TargetView } from '@syt/core/api/targets.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, type TestClient } from '../../test/harness.ts';
import { startReportTest, type ReportTest } from '../reports/reports.fixture.ts';
import { postMultipart } from '../tasks/tasks.fixture.ts';

const PDF = Buffer.from('%PDF-1.7\nQuyết định đã ký\n%%EOF');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]);

describe.each(DIALECTS)("a target decision's signed file on $name", (dialect) => {
  let rt: ReportTest;
  let districtViewer: TestClient;
  let first: TargetView;
  let adjusted: TargetView;
  let other: TargetView;
  beforeAll(async () => {
    rt = await startReportTest(dialect);
    districtViewer = await signedIn(rt.t, 'dakhaxem', 'viewer', '615');
    const set = async (body: object) =>
      (await rt.users.staff.request('POST', '/api/targets', body)).json() as TargetView;
    const dengue = { year: 2023, orgUnit: '615', item: 'SXHD_CASES', measure: 'ca', direction: 'AT_MOST', value: 40 };
    first = await set({ ...dengue, decision: { number: '12/QĐ-SYT', date: '2023-01-10' } });
    adjusted = await set({ ...dengue, value: 60, decision: { number: '88/QĐ-SYT', date: '2023-07-01' } });
    other = await set({ ...dengue, orgUnit: '608', decision: { number: '12/QĐ-SYT', date: '2023-01-10' } });
  }, 120_000);
  afterAll(() => rt.t.close());

  const attach = (client: TestClient, id: number, files: { name: string; content: Buffer }[]) =>
    postMultipart(client, `/api/targets/${id}/decision-file`, {}, files);
  const attachments = async () =>
    Number(
      (
        await rt.t.database.db
          .selectFrom('attachment')
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const history = async (client: TestClient, id: number) =>
    (await client.request('GET', `/api/targets/${id}/history`)).json().revisions as TargetRevision[];

  it('attaches the signed file to the decision it documents, shows it in the list and history, and serves it to readers', async () => {
    const res = await attach(rt.users.staff, adjusted.id, [{ name: 'qd-88.pdf', content: PDF }]);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      number: '88/QĐ-SYT',
      file: { fileName: 'qd-88.pdf', contentType: 'application/pdf', size: PDF.length },
    });
    const [inForce] = (await rt.users.viewer.request('GET', '/api/targets?org=615&year=2023')).json()
      .targets as TargetView[];
    expect(inForce!.decision.file).toMatchObject({ fileName: 'qd-88.pdf' });
    // The earlier decision has no file of its own: each decision carries its own.
    expect(
      (await history(districtViewer, adjusted.id)).map((r) => [r.decision.number, r.decision.file?.fileName ?? null]),
    ).toEqual([
      ['88/QĐ-SYT', 'qd-88.pdf'],
      ['12/QĐ-SYT', null],
    ]);
    const download = await districtViewer.request('GET', `/api/targets/${adjusted.id}/decision-file`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('qd-88.pdf');
    expect(download.rawPayload.equals(PDF)).toBe(true);
    // An earlier decision's scan is attached to its own revision.
    expect((await attach(rt.users.staff, first.id, [{ name: 'qd-12.png', content: PNG }])).statusCode).toBe(201);
    expect(
      (await rt.users.viewer.request('GET', `/api/targets/${first.id}/decision-file`)).headers['content-type'],
    ).toBe('image/png');
  });

  it('keeps the file first attached: a second one is refused and the first still served', async () => {
    const before = await attachments();
    const again = await attach(rt.users.staff, adjusted.id, [
      { name: 'khac.pdf', content: Buffer.from('%PDF-1.4 khác') },
    ]);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'DECISION_FILE_EXISTS',
      details: [{ field: 'file', message: expect.stringContaining('88/QĐ-SYT') }],
    });
    expect(await attachments()).toBe(before);
    expect(
      (await rt.users.viewer.request('GET', `/api/targets/${adjusted.id}/decision-file`)).rawPayload.equals(PDF),
    ).toBe(true);
  });

  it('refuses, on field file and storing nothing, what is not one signed decision', async () => {
    const before = await attachments();
    const refused = async (files: { name: string; content: Buffer }[], message: string | RegExp) => {
      const res = await attach(rt.users.staff, other.id, files);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details).toEqual([{ field: 'file', message: expect.stringMatching(message) }]);
    };
    await refused([{ name: 'qd.docx', content: ZIP }], 'chỉ nhận tệp PDF hoặc ảnh chụp JPG/PNG');
    // The extension must match the bytes: a renamed image is not a PDF.
    await refused([{ name: 'qd.pdf', content: PNG }], 'không đúng loại');
    await refused([], 'Cần chọn một tệp');
    await refused(
      [
        { name: 'a.pdf', content: PDF },
        { name: 'b.pdf', content: PDF },
      ],
      'chỉ đính kèm một tệp',
    );
    expect(await attachments()).toBe(before);
    const missing = await rt.users.viewer.request('GET', `/api/targets/${other.id}/decision-file`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('Quyết định giao chỉ tiêu này chưa có tệp đính kèm.');
  });

  it("lets only who sets a unit's targets attach its decision, and only readers of the unit read it", async () => {
    const district = rt.users.district;
    expect((await attach(district, other.id, [{ name: 'qd.pdf', content: PDF }])).statusCode).toBe(404);
    const ownUnit = await attach(district, (await attachFresh()).id, [{ name: 'qd.pdf', content: PDF }]);
    expect(ownUnit.statusCode).toBe(403);
    expect(ownUnit.json().error.message).toContain('do cấp trên giao');
    expect((await attach(rt.users.viewer, other.id, [{ name: 'qd.pdf', content: PDF }])).statusCode).toBe(403);
    expect((await districtViewer.request('GET', `/api/targets/${first.id}/decision-file`)).statusCode).toBe(200);
    await attach(rt.users.staff, other.id, [{ name: 'qd-608.pdf', content: PDF }]);
    expect((await districtViewer.request('GET', `/api/targets/${other.id}/decision-file`)).statusCode).toBe(404);
  });

  /** A 615 target without a file, for a district user to try. */
  async function attachFresh(): Promise<TargetView> {
    const body = {
      year: 2024,
      orgUnit: '615',
      item: 'SXHD_CASES',
      measure: 'ca',
      direction: 'AT_MOST',
      value: 40,
      decision: { number: '3/QĐ-SYT', date: '2024-01-05' },
    };
    return (await rt.users.staff.request('POST', '/api/targets', body)).json() as TargetView;
  }
});
