import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test/dialects.ts';
import { signedIn, startTestApp, TestClient, type TestApp } from '../test/harness.ts';

describe.each(DIALECTS)('OpenAPI document on $name', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());

  it('is generated from the zod schemas, for signed-in users only', async () => {
    expect((await (await new TestClient(t.app).init()).request('GET', '/api/docs')).statusCode).toBe(401);
    const res = await (await signedIn(t, 'xem', 'viewer', '615')).request('GET', '/api/docs');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const create = doc.paths['/api/users'].post.requestBody.content['application/json'].schema;
    expect(create.required).toEqual(expect.arrayContaining(['username', 'password', 'role', 'orgUnitCode']));
    expect(doc.paths['/api/tasks/{id}'].get.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path' })]);
    expect(doc.paths['/api/docs']).toBeUndefined();
  });
});
