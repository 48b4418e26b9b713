/** Test set-up shared by the task suites: an installation without values, a user per role and units 615 and 612. */
import { ManualClock } from '../../clock.ts';
import type { TestDialect } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

export interface TaskTest {
  t: TestApp;
  users: Record<'admin' | 'staff' | 'leader' | 'viewer' | 'reporter615' | 'reporter612' | 'staff615', TestClient>;
}

/** The clock starts on 20/12/2023 (Vietnam time), so December's report plans January 2024. */
export async function startTaskTest(dialect: TestDialect, start = '2023-12-20T02:00:00Z'): Promise<TaskTest> {
  const t = await startTestApp(dialect, new ManualClock(start));
  const users = {
    admin: await signedIn(t, 'quantri', 'admin', '62'),
    staff: await signedIn(t, 'chuyenvien', 'staff', '62'),
    leader: await signedIn(t, 'lanhdao', 'leader', '62'),
    viewer: await signedIn(t, 'xem', 'viewer', '62'),
    reporter615: await signedIn(t, 'dakha', 'reporter', '615'),
    reporter612: await signedIn(t, 'kontum', 'reporter', '612'),
    staff615: await signedIn(t, 'cvdakha', 'staff', '615'),
  };
  return { t, users };
}

/** A task body with sensible defaults. */
export function taskBody(title: string, lead: string, deadline: object = { kind: 'DATE', date: '2024-01-15' }, extra: object = {}) {
  return { title, field: 'PHONG_BENH', lead, coordinating: [], deadline, ...extra };
}

/** Creates a task as staff; returns its id. */
export async function createTask(client: TestClient, body: object): Promise<number> {
  const res = await client.request('POST', '/api/tasks', body);
  if (res.statusCode !== 201) throw new Error(`task not created: ${res.body}`);
  return res.json().id;
}

/** Sends several files (field `file`) and text fields as `multipart/form-data`. */
export async function postMultipart(client: TestClient, url: string, fields: Record<string, string>, files: { name: string; content: Buffer | string }[]) {
  const boundary = `----syt${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    parts.push(Buffer.from(f.content), Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return client.request('POST', url, Buffer.concat(parts), { contentType: `multipart/form-data; boundary=${boundary}` });
}
