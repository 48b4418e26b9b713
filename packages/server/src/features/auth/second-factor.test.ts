import { generate } from 'otplib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, TEST_PASSWORD, TestClient, type TestApp } from '../../test/harness.ts';

describe.each(DIALECTS)('second factor (TOTP) on $name', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(dialect);
  });
  afterEach(() => t.close());

  /** The code an authenticator app would show now, by the server's clock. */
  const codeNow = (secret: string) => generate({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) });
  /** A well-formed code that is not the current one. */
  const wrongCode = async (secret: string) => ((await codeNow(secret)) === '000000' ? '111111' : '000000');

  /** A leader with the second factor on; returns the secret and the recovery codes. */
  async function leaderWithSecondFactor(username = 'giamdoc') {
    const client = await signedIn(t, username, 'leader', '62');
    const setup = await client.request('POST', '/api/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret } = setup.json();
    const enabled = await client.request('POST', '/api/auth/totp/enable', { code: await codeNow(secret) });
    expect(enabled.statusCode).toBe(200);
    t.clock.advance(30_000); // the code used to enable is spent
    return { client, secret: secret as string, recoveryCodes: enabled.json().recoveryCodes as string[] };
  }

  it('sets up with a QR code, enables with a code from the app, and returns ten recovery codes stored hashed', async () => {
    const client = await signedIn(t, 'giamdoc', 'leader', '62');
    expect((await client.request('GET', '/api/auth/totp')).json()).toEqual({ available: true, enabled: false, recoveryCodesLeft: 0 });
    const setup = (await client.request('POST', '/api/auth/totp/setup')).json();
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\/SYT:giamdoc\?/);
    expect(setup.uri).toContain(`secret=${setup.secret}`);
    expect(setup.qrCode).toMatch(/^data:image\/png;base64,/);

    const wrong = await client.request('POST', '/api/auth/totp/enable', { code: await wrongCode(setup.secret) });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].field).toBe('code');
    const res = await client.request('POST', '/api/auth/totp/enable', { code: await codeNow(setup.secret) });
    expect(res.statusCode).toBe(200);
    const codes: string[] = res.json().recoveryCodes;
    expect(new Set(codes).size).toBe(10);
    const stored = await t.database.db.selectFrom('recovery_code').select('code_hash').execute();
    expect(stored).toHaveLength(10);
    expect(stored.map((r) => r.code_hash)).not.toContain(codes[0]);
    expect((await client.request('GET', '/api/auth/totp')).json()).toEqual({ available: true, enabled: true, recoveryCodesLeft: 10 });
  });

  it('asks for the code after the password, opens the session only with it, and refuses a code used before', async () => {
    const { secret } = await leaderWithSecondFactor();
    const client = await new TestClient(t.app).init();
    const first = await client.login('giamdoc');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ secondFactorRequired: true });
    expect(first.cookies.find((c) => c.name === 'syt_session')).toBeUndefined();
    expect((await client.request('GET', '/api/auth/session')).statusCode).toBe(401);

    const code = await codeNow(secret);
    const second = await client.loginSecondStep({ code });
    expect(second.statusCode).toBe(200);
    expect(second.json().user.username).toBe('giamdoc');
    expect((await client.request('GET', '/api/auth/session')).statusCode).toBe(200);

    const replay = await new TestClient(t.app).init();
    await replay.login('giamdoc');
    expect((await replay.loginSecondStep({ code })).statusCode).toBe(401);
  });

  it('accepts each recovery code once', async () => {
    const { recoveryCodes } = await leaderWithSecondFactor();
    const client = await new TestClient(t.app).init();
    await client.login('giamdoc');
    expect((await client.loginSecondStep({ recoveryCode: recoveryCodes[3]!.toUpperCase() })).statusCode).toBe(200);
    const again = await new TestClient(t.app).init();
    await again.login('giamdoc');
    expect((await again.loginSecondStep({ recoveryCode: recoveryCodes[3]! })).statusCode).toBe(401);
  });

  it('counts wrong codes toward the same lockout as wrong passwords', async () => {
    const { secret } = await leaderWithSecondFactor();
    const client = await new TestClient(t.app).init();
    expect((await client.login('giamdoc')).statusCode).toBe(200); // attempt 1
    for (let i = 2; i <= 4; i++) {
      const wrong = await client.loginSecondStep({ code: await wrongCode(secret) });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json().error.message).toContain(`Còn ${5 - i} lần thử`);
    }
    expect((await client.loginSecondStep({ code: 'abcdef' })).statusCode).toBe(423); // attempt 5
    expect((await client.loginSecondStep({ code: await codeNow(secret) })).statusCode).toBe(423);
    expect((await client.login('giamdoc')).statusCode).toBe(423);
  });

  it('refuses the second step without a fresh first step', async () => {
    const { secret } = await leaderWithSecondFactor();
    const stranger = await new TestClient(t.app).init();
    const skipped = await stranger.loginSecondStep({ code: await codeNow(secret) });
    expect(skipped.statusCode).toBe(401);
    expect(skipped.json().error.code).toBe('SECOND_FACTOR_EXPIRED');

    const slow = await new TestClient(t.app).init();
    await slow.login('giamdoc');
    t.clock.advanceMinutes(6);
    const late = await slow.loginSecondStep({ code: await codeNow(secret) });
    expect(late.json().error.code).toBe('SECOND_FACTOR_EXPIRED');
  });

  it('is offered to admins and leaders only', async () => {
    const staff = await signedIn(t, 'chuyenvien', 'staff', '62');
    expect((await staff.request('GET', '/api/auth/totp')).json().available).toBe(false);
    expect((await staff.request('POST', '/api/auth/totp/setup')).statusCode).toBe(403);
    const admin = await signedIn(t, 'quantri', 'admin', '62');
    expect((await admin.request('POST', '/api/auth/totp/setup')).statusCode).toBe(200);
  });

  it('turns off with the current password only; sign-in is then one step again', async () => {
    const { client } = await leaderWithSecondFactor();
    const wrong = await client.request('POST', '/api/auth/totp/disable', { password: 'khong-dung-dau' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].field).toBe('password');
    expect((await client.request('POST', '/api/auth/totp/disable', { password: TEST_PASSWORD })).statusCode).toBe(204);
    const again = await new TestClient(t.app).init();
    const res = await again.login('giamdoc');
    expect(res.json().user.username).toBe('giamdoc');
  });
});
