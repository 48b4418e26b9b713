/** Test set-up shared by the request suites: the seed-002 request, a user per unit, and multipart uploads with fields. */
import type { RequestView } from '@syt/core/api/requests.ts';
import type { Role } from '@syt/core/api/contract.ts';
import { ManualClock } from '../../clock.ts';
import type { TestDialect } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

export const DISTRICTS = ['608', '615', '612', '611', '610', '617', '614', '613', '616', '618'];

/** The letter of seed 002 (November 2023): outline, appendices I–V, two unit groups with their deadlines and recipients. */
export function seed002Request() {
  return {
    number: '3870/SYT-KHTC',
    date: '2023-11-24',
    subject: 'V/v tổng kết, đánh giá tình hình thực hiện công tác y tế năm 2023; xây dựng phương hướng, nhiệm vụ, chỉ tiêu kế hoạch năm 2024',
    outline: [
      { number: 'I', title: 'Đánh giá kết quả hoạt động y tế năm 2023', guidance: 'Có số liệu chứng minh chính thức đến 30/11/2023 và có ước tính năm 2023.' },
      { number: 'II', title: 'Đánh giá chung', guidance: 'Nêu rõ ưu điểm, khuyết điểm, tồn tại và nguyên nhân, đặc biệt là nguyên nhân chủ quan.' },
      { number: 'II.2.2', title: 'Nguyên nhân', guidance: 'a) Nguyên nhân chủ quan; b) Nguyên nhân khách quan.' },
      { number: 'III', title: 'Nhiệm vụ, giải pháp trọng tâm thực hiện trong năm 2024', guidance: 'Bám sát các chủ trương, định hướng của Tỉnh ủy, HĐND, UBND tỉnh và Sở Y tế.' },
    ],
    deliverables: [
      { kind: 'FILE', title: 'Báo cáo tổng kết theo đề cương' },
      { kind: 'FILE', title: 'Phụ lục I, II: chỉ tiêu kế hoạch năm 2023 và đề xuất năm 2024' },
      { kind: 'FILE', title: 'Phụ lục III, IV: Chương trình mục tiêu quốc gia' },
      { kind: 'FILE', title: 'Phụ lục V: đề xuất chương trình công tác trọng tâm năm 2024' },
      { kind: 'FORM', title: 'Số liệu hoạt động tháng 11/2023', dataSet: 'HOATDONG_THANG', period: '202311' },
    ],
    groups: [
      {
        name: 'Trung tâm Y tế các huyện, thành phố',
        units: DISTRICTS,
        deadline: '2023-12-05',
        recipients: ['Sở Y tế (Phòng Kế hoạch - Tài chính)', 'Trung tâm Kiểm soát bệnh tật', 'Chi cục Dân số - Kế hoạch hóa gia đình', 'Chi cục An toàn vệ sinh thực phẩm'],
      },
      {
        name: 'Các đơn vị tuyến tỉnh',
        units: ['62'],
        deadline: '2023-12-10',
        recipients: ['Sở Y tế (Phòng Kế hoạch - Tài chính)', 'Trung tâm Y tế các huyện (phần chỉ tiêu theo địa bàn)'],
      },
    ],
  };
}

export interface RequestTest {
  t: TestApp;
  users: Record<'staff' | 'leader' | 'r608' | 'r615' | 'r612' | 'province', TestClient>;
}

/** An installation on 24/11/2023 with the department's staff and leader, three district reporters and a provincial one. */
export async function startRequestTest(dialect: TestDialect): Promise<RequestTest> {
  const t = await startTestApp(dialect, new ManualClock(vietnamTime('2023-11-24', '09:00')));
  const user = (name: string, role: Role, org: string) => signedIn(t, name, role, org);
  const users = {
    staff: await user('chuyenvien', 'staff', '62'),
    leader: await user('lanhdao', 'leader', '62'),
    r608: await user('tp.kontum', 'reporter', '608'),
    r615: await user('dakha', 'reporter', '615'),
    r612: await user('dakto', 'reporter', '612'),
    province: await user('cdc', 'reporter', '62'),
  };
  return { t, users };
}

/** Creates a request (the seed-002 letter by default) as staff; returns its view. */
export async function createRequest(staff: TestClient, body: object = seed002Request()): Promise<RequestView> {
  const res = await staff.request('POST', '/api/requests', body);
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.body}`);
  return res.json();
}

/** A moment given as a Vietnam wall-clock date and time (UTC+7). */
export function vietnamTime(date: string, time: string): string {
  return new Date(`${date}T${time}+07:00`).toISOString();
}

/** Moves the test clock to a moment (forwards or back); the users stay signed in across the weeks it jumps. */
export async function setClock(t: TestApp, iso: string): Promise<void> {
  t.clock.advance(new Date(iso).getTime() - t.clock.now().getTime());
  // Sessions last hours; logging everyone in again would trip the login rate limit.
  await t.database.db.updateTable('session').set({ expires_at: '9999-12-31T00:00:00.000Z' }).execute();
}

/** Starts like an Excel workbook (a ZIP): enough for the type check, which reads the leading bytes. */
export const XLSX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('phu-luc-II')]);

/** Posts a multipart form: text fields, then files (each `file`), as the browser's form does. */
export async function postForm(client: TestClient, url: string, fields: Record<string, string>, files: { name: string; bytes: Buffer }[]) {
  const boundary = `----syt${Date.now().toString(16)}`;
  const parts = [
    ...Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)),
    ...files.flatMap((f) => [
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      f.bytes,
      Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ];
  return client.request('POST', url, Buffer.concat(parts), { contentType: `multipart/form-data; boundary=${boundary}` });
}

/** A unit sends one workbook for a request. */
export function submit(client: TestClient, requestId: number, unit: string, fileName = 'bao-cao-tong-ket.xlsx', note?: string) {
  return postForm(client, `/api/requests/${requestId}/submissions`, { unit, ...(note ? { note } : {}) }, [{ name: fileName, bytes: XLSX }]);
}

/** Row counts of every table a request writes, to prove a refused call stored nothing. */
export async function storedCounts(t: TestApp) {
  const db = t.database.db;
  const count = async (table: 'attachment' | 'report_request' | 'report_request_group' | 'report_request_submission' | 'report_request_file') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return {
    attachments: await count('attachment'),
    requests: await count('report_request'),
    groups: await count('report_request_group'),
    submissions: await count('report_request_submission'),
    files: await count('report_request_file'),
  };
}
