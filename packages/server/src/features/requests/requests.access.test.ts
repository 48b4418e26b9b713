import type { RequestView } from '@syt/core/api/requests.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn } from '../../test/harness.ts';
import { createRequest, postForm, seed002Request, setClock, startRequestTest, storedCounts, submit, vietnamTime, XLSX, type RequestTest } from './requests.fixture.ts';

const VIETNAMESE = /[àáảãạăâđêôơưệếốộờửữ]/u;

/** Who may read and send what, and uploads refused for type or size: 403/400 in Vietnamese, nothing stored. */
describe.each(DIALECTS)('reporting request access and uploads on $name', (dialect) => {
  let rt: RequestTest;
  let request: RequestView;
  let fileOf615: number;
  beforeAll(async () => {
    rt = await startRequestTest(dialect);
    request = await createRequest(rt.users.staff);
    await setClock(rt.t, vietnamTime('2023-12-04', '10:00'));
    fileOf615 = (await submit(rt.users.r615, request.id, '615')).json().files[0].id;
  });
  afterAll(() => rt.t.close());

  it("refuses 612's reporter 615's file and 615's submission, storing nothing", async () => {
    const before = await storedCounts(rt.t);
    const read = await rt.users.r612.request('GET', `/api/requests/${request.id}/submissions/615/files/${fileOf615}`);
    expect(read.statusCode).toBe(403);
    expect(read.json().error.message).toMatch(VIETNAMESE);
    const send = await submit(rt.users.r612, request.id, '615');
    expect(send.statusCode).toBe(403);
    expect(send.json().error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('Đăk Hà') });
    expect(await storedCounts(rt.t)).toEqual(before);
  });

  it('does not serve a file under another unit or request', async () => {
    expect((await rt.users.r612.request('GET', `/api/requests/${request.id}/submissions/612/files/${fileOf615}`)).statusCode).toBe(404);
    expect((await rt.users.staff.request('GET', `/api/requests/${request.id}/submissions/999/files/${fileOf615}`)).statusCode).toBe(404);
    expect((await rt.users.staff.request('GET', `/api/requests/9999/submissions/615/files/${fileOf615}`)).statusCode).toBe(404);
    expect((await rt.users.staff.request('GET', '/api/requests/9999')).json().error.code).toBe('NOT_FOUND');
  });

  it('lets only the department create requests, and only over units in its scope', async () => {
    expect((await rt.users.r615.request('POST', '/api/requests', seed002Request())).statusCode).toBe(403);
    expect((await rt.users.leader.request('POST', '/api/requests', seed002Request())).statusCode).toBe(403);
    const districtStaff = await signedIn(rt.t, 'khtc.dakha', 'staff', '615');
    const before = await storedCounts(rt.t);
    const res = await districtStaff.request('POST', '/api/requests', seed002Request());
    expect(res.statusCode).toBe(403);
    expect(await storedCounts(rt.t)).toEqual(before);
  });

  it('hides a request from a unit outside all its groups, and a leader cannot send', async () => {
    const ngocHoi = await signedIn(rt.t, 'ngochoi', 'reporter', '611');
    const small = await createRequest(rt.users.staff, { ...seed002Request(), groups: [{ name: 'Đăk Hà', units: ['615'], deadline: '2023-12-20' }] });
    expect((await ngocHoi.request('GET', `/api/requests/${small.id}`)).statusCode).toBe(404);
    expect((await ngocHoi.request('GET', '/api/requests')).json().requests.map((r: { id: number }) => r.id)).toEqual([request.id]);
    expect((await submit(rt.users.leader, request.id, '608')).statusCode).toBe(403);
  });

  it.each([
    ['an executable', 'baocao.exe', Buffer.from('MZ\x90\x00binary')],
    ['a renamed executable', 'baocao.xlsx', Buffer.from('MZ\x90\x00binary')],
    ['an oversized workbook', 'baocao.xlsx', Buffer.concat([XLSX, Buffer.alloc(10 * 1024 * 1024)])],
  ])('refuses %s with a Vietnamese message on field file, storing nothing', async (_what, name, bytes) => {
    const before = await storedCounts(rt.t);
    const res = await postForm(rt.users.r608, `/api/requests/${request.id}/submissions`, { unit: '608' }, [{ name, bytes }]);
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.message).toMatch(VIETNAMESE);
    expect(error.details.map((d: { field: string }) => d.field)).toEqual(['file']);
    expect(await storedCounts(rt.t)).toEqual(before);
  });

  it.each([
    ['no unit', {}, [{ name: 'a.xlsx', bytes: XLSX }], 'unit'],
    ['a unit outside the request', { unit: '51' }, [{ name: 'a.xlsx', bytes: XLSX }], 'unit'],
    ['no file', { unit: '608' }, [], 'file'],
  ])('refuses a submission with %s naming the field', async (_what, fields, files, field) => {
    const before = await storedCounts(rt.t);
    const res = await postForm(rt.users.r608, `/api/requests/${request.id}/submissions`, fields, files);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(res.json().error.message).toMatch(VIETNAMESE);
    expect(await storedCounts(rt.t)).toEqual(before);
  });

  it('takes a template for a file deliverable and serves it to the units', async () => {
    const res = await postForm(rt.users.staff, `/api/requests/${request.id}/templates`, { deliverable: '1' }, [{ name: 'Phụ lục II.xlsx', bytes: XLSX }]);
    expect(res.statusCode, res.body).toBe(201);
    const template = (res.json() as RequestView).deliverables[1];
    expect(template).toMatchObject({ kind: 'FILE', template: { fileName: 'Phụ lục II.xlsx', size: XLSX.length } });
    const id = template!.kind === 'FILE' ? template!.template!.id : 0;
    const got = await rt.users.r612.request('GET', `/api/requests/${request.id}/templates/${id}`);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(XLSX)).toBe(true);
    expect((await rt.users.r612.request('GET', `/api/requests/${request.id}/templates/${fileOf615}`)).statusCode).toBe(404);
  });

  it('refuses a template from a unit, or for a form deliverable', async () => {
    const file = [{ name: 'mau.xlsx', bytes: XLSX }];
    expect((await postForm(rt.users.r615, `/api/requests/${request.id}/templates`, { deliverable: '0' }, file)).statusCode).toBe(403);
    const form = await postForm(rt.users.staff, `/api/requests/${request.id}/templates`, { deliverable: '4' }, file);
    expect(form.statusCode).toBe(400);
    expect(form.json().error.details[0].field).toBe('deliverable');
    const missing = await postForm(rt.users.staff, `/api/requests/${request.id}/templates`, { deliverable: '9' }, file);
    expect(missing.json().error.details[0].field).toBe('deliverable');
  });
});
