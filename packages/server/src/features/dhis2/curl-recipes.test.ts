import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../clock.ts';
import { createUserRow, setupInstallation } from '../install/install.service.ts';
import { DIALECTS, type TestDatabase } from '../../test/dialects.ts';
import { TEST_PASSWORD } from '../../test/harness.ts';

const repoRoot = resolve(import.meta.dirname, '../../../../..');
const bin = join(repoRoot, 'packages/server/bin/syt.mjs');
const run = promisify(execFile);

/** The recipes and payload files of docs/dhis2-web-api.md, by their marker comment. */
function readDoc(): { recipes: Map<string, string>; files: Map<string, string> } {
  const doc = readFileSync(join(repoRoot, 'docs/dhis2-web-api.md'), 'utf8');
  const recipes = new Map<string, string>();
  const files = new Map<string, string>();
  for (const m of doc.matchAll(/<!-- (recipe|file): ([\w.-]+) -->\n```\w*\n([\s\S]*?)\n```/g)) {
    (m[1] === 'recipe' ? recipes : files).set(m[2]!, m[3]!);
  }
  return { recipes, files };
}

/** Starts `syt serve` on a free port with the clock at 2024-01-10, and answers its address. */
async function serve(url: string): Promise<{ child: ChildProcess; address: string }> {
  const env = { ...process.env, DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', SYT_NOW: '2024-01-10T02:00:00Z', LOG_LEVEL: 'silent' };
  const child = spawn('node', [bin, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const address = await new Promise<string>((done, fail) => {
    let output = '';
    const look = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /http:\/\/localhost:\d+/.exec(output);
      if (found) done(found[0]);
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.once('exit', (code) => fail(new Error(`syt serve exited (${code}): ${output}`)));
  });
  return { child, address };
}

/** Issue 15: the curl recipes of DHIS2's Web API documentation, unchanged but for the variables, against `syt serve`. */
describe.each(DIALECTS)('DHIS2 curl recipes against syt serve on $name', (dialect) => {
  let database: TestDatabase;
  let server: { child: ChildProcess; address: string };
  const dir = mkdtempSync(join(tmpdir(), 'syt-curl-'));
  const env: Record<string, string> = {};
  const { recipes, files } = readDoc();

  beforeAll(async () => {
    database = await dialect.create();
    await setupInstallation({ db: database.db, clock: systemClock });
    await createUserRow({ db: database.db, clock: systemClock }, { username: 'kichban', displayName: 'Kịch bản', role: 'staff', orgUnitCode: '62' }, TEST_PASSWORD);
    await database.db.updateTable('app_user').set({ can_edit_expired: 1 }).where('username', '=', 'kichban').execute();
    const uid = async (table: 'data_set' | 'org_unit' | 'data_element' | 'category_option_combo', code: string) =>
      (await database.db.selectFrom(table).select(['uid', 'name']).where('code', '=', code).executeTakeFirstOrThrow());
    server = await serve(database.url);
    const basic = `Basic ${Buffer.from(`kichban:${TEST_PASSWORD}`).toString('base64')}`;
    const token = await fetch(`${server.address}/api/me/api-tokens`, {
      method: 'POST',
      headers: { authorization: basic, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'curl', expiresAt: '2024-06-01T00:00:00Z' }),
    }).then((r) => r.json() as Promise<{ token: string }>);
    Object.assign(env, {
      SYT: server.address, SYT_USER: 'kichban', SYT_PASSWORD: TEST_PASSWORD, SYT_TOKEN: token.token,
      DATA_SET: (await uid('data_set', 'BTN_THANG')).uid, DATA_SET_CODE: 'BTN_THANG',
      ORG_UNIT: (await uid('org_unit', '615')).uid, ORG_UNIT_CODE: '615', ORG_UNIT_NAME: (await uid('org_unit', '615')).name,
      PARENT_UNIT: (await uid('org_unit', '62')).uid,
      DATA_ELEMENT_1: (await uid('data_element', 'SXHD_CASES')).uid, DATA_ELEMENT_1_CODE: 'SXHD_CASES',
      DATA_ELEMENT_2: (await uid('data_element', 'SXHD_DEATHS')).uid, DATA_ELEMENT_2_CODE: 'SXHD_DEATHS',
      CATEGORY_OPTION_COMBO: (await uid('category_option_combo', 'default')).uid,
    });
    for (const [name, text] of files) writeFileSync(join(dir, name), text.replace(/\$([A-Z_0-9]+)/g, (whole, v: string) => env[v] ?? whole));
  }, 120_000);
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await database.drop();
  });

  /** Runs one recipe of the document with the system's curl, in the directory holding the payload files. */
  const recipe = async (id: string) => {
    const command = recipes.get(id);
    expect(command, `recipe ${id} in docs/dhis2-web-api.md`).toBeDefined();
    const { stdout } = await run('bash', ['-c', command!], { cwd: dir, env: { ...process.env, ...env } });
    return stdout;
  };
  const stored = async () =>
    (
      await database.db
        .selectFrom('data_value as v')
        .innerJoin('data_element as d', 'd.id', 'v.data_element_id')
        .innerJoin('org_unit as o', 'o.id', 'v.org_unit_id')
        .select(['d.code', 'o.code as unit', 'v.period', 'v.value', 'v.comment'])
        .orderBy('d.code')
        .execute()
    ).map((r) => `${r.code}|${r.unit}|${r.period}|${r.value}${r.comment ? `|${r.comment}` : ''}`);

  it('sends a JSON set by UIDs and reads it back', async () => {
    const sent = JSON.parse(await recipe('send-json'));
    expect(sent).toMatchObject({ httpStatus: 'OK', response: { status: 'SUCCESS', importCount: { imported: 2 } } });
    expect(await stored()).toEqual(['SXHD_CASES|615|202312|5|comment1', 'SXHD_DEATHS|615|202312|10|comment2']);
    const read = JSON.parse(await recipe('read-period'));
    expect(read.dataValues).toEqual([
      expect.objectContaining({ dataElement: env.DATA_ELEMENT_1, orgUnit: env.ORG_UNIT, period: '202312', value: '5', comment: 'comment1' }),
      expect.objectContaining({ dataElement: env.DATA_ELEMENT_2, orgUnit: env.ORG_UNIT, period: '202312', value: '10', comment: 'comment2' }),
    ]);
  });

  it('sends CSV with DHIS2 column names and reads CSV back', async () => {
    const sent = JSON.parse(await recipe('send-csv'));
    expect(sent.response).toMatchObject({ status: 'SUCCESS', importCount: { imported: 0, updated: 1 } });
    expect(await stored()).toContain('SXHD_CASES|615|202312|7');
    const csv = await recipe('read-csv');
    expect(csv).toContain(`${env.DATA_ELEMENT_1},202312,${env.ORG_UNIT}`);
  });

  it('sends ADX by codes, and JSON naming the unit by name', async () => {
    expect(JSON.parse(await recipe('send-adx')).response).toMatchObject({ status: 'SUCCESS', importCount: { updated: 1 } });
    expect(JSON.parse(await recipe('send-codes-names')).response).toMatchObject({ status: 'SUCCESS', importCount: { updated: 1 } });
    expect(await stored()).toEqual(['SXHD_CASES|615|202312|8', 'SXHD_DEATHS|615|202312|3']);
    const tree = JSON.parse(await recipe('read-dates-children'));
    expect(tree.dataValues.map((v: { dataElement: string; value: string }) => `${v.dataElement}=${v.value}`)).toEqual([
      `${env.DATA_ELEMENT_1}=8`, `${env.DATA_ELEMENT_2}=3`,
    ]);
  });

  it('posts, reads and deletes one value', async () => {
    expect(await recipe('value-post')).toBe('');
    expect(await stored()).toContain('SXHD_CASES|615|202312|12');
    expect(JSON.parse(await recipe('value-get'))).toEqual(['12']);
    expect(await recipe('value-delete')).toBe('');
    expect(await stored()).toEqual(['SXHD_DEATHS|615|202312|3']);
  });

  it('deletes the values of a set with importStrategy=DELETE', async () => {
    const sent = JSON.parse(await recipe('delete-set'));
    expect(sent.response).toMatchObject({ status: 'SUCCESS', importCount: { deleted: 1 } });
    expect(await stored()).toEqual([]);
  });

  it('reads metadata with a personal access token', async () => {
    const body = JSON.parse(await recipe('token'));
    expect(body.organisationUnits).toEqual([{ id: env.ORG_UNIT, code: '615', name: env.ORG_UNIT_NAME }]);
  });
});
