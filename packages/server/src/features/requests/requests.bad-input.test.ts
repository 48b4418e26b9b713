import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { seed002Request, startRequestTest, storedCounts, type RequestTest } from './requests.fixture.ts';

type Body = ReturnType<typeof seed002Request>;
const VIETNAMESE = /[àáảãạăâđêôơưệếốộờửữ]/u;

/** A new request fed bad input: 400 in Vietnamese naming the field, and nothing stored. */
describe.each(DIALECTS)('reporting request bad input on $name', (dialect) => {
  let rt: RequestTest;
  beforeAll(async () => {
    rt = await startRequestTest(dialect);
  });
  afterAll(() => rt.t.close());

  const edit = (change: (b: Body) => void): Body => {
    const body = seed002Request();
    change(body);
    return body;
  };
  const cases: Array<[what: string, body: unknown, field: string]> = [
    ['an unknown unit code', edit((b) => { b.groups[1]!.units = ['KHONG_CO']; }), 'groups.1.units.0'],
    ['a unit in two groups', edit((b) => { b.groups[1]!.units = ['62', '615']; }), 'groups.1.units.1'],
    ['an impossible deadline', edit((b) => { b.groups[1]!.deadline = '2023-13-10'; }), 'groups.1.deadline'],
    ['a deadline in dd/mm/yyyy', edit((b) => { b.groups[0]!.deadline = '05/12/2023'; }), 'groups.0.deadline'],
    ['a deadline before the letter', edit((b) => { b.groups[1]!.deadline = '2023-11-01'; }), 'groups.1.deadline'],
    ['no units in a group', edit((b) => { b.groups[0]!.units = []; }), 'groups.0.units'],
    ['no groups', edit((b) => { b.groups = []; }), 'groups'],
    ['no subject', edit((b) => { b.subject = ' '; }), 'subject'],
    ['a recipient that is not text', edit((b) => { (b.groups[0]!.recipients as unknown[]) = [5]; }), 'groups.0.recipients.0'],
    ['an unknown deliverable kind', edit((b) => { (b.deliverables[0] as { kind: string }).kind = 'EMAIL'; }), 'deliverables.0.kind'],
    ['an unknown data set', edit((b) => { (b.deliverables[4] as { dataSet: string }).dataSet = 'KHONG_CO'; }), 'deliverables.4.dataSet'],
    ['a bad period', edit((b) => { (b.deliverables[4] as { period: string }).period = '2023-11'; }), 'deliverables.4.period'],
    ['an outline section without title', edit((b) => { b.outline[2]!.title = ''; }), 'outline.2.title'],
    ['an unknown field', { ...seed002Request(), nguoiKy: 'X' }, 'body'],
  ];

  it.each(cases)('refuses %s naming %s', async (_what, body, field) => {
    const before = await storedCounts(rt.t);
    const res = await rt.users.staff.request('POST', '/api/requests', body);
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json();
    expect(error.code).toMatch(/^[A-Z_]+$/);
    expect(error.message).toMatch(VIETNAMESE);
    expect(error.details.map((d: { field: string }) => d.field)).toContain(field);
    for (const d of error.details) expect(d.message).toMatch(VIETNAMESE);
    expect(await storedCounts(rt.t)).toEqual(before);
  });

  it('answers 400 naming the id for a malformed address', async () => {
    const res = await rt.users.staff.request('GET', '/api/requests/abc');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('id');
  });
});
