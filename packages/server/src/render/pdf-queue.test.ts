import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { installErrorHandler } from '../http/error-handler.ts';
import { PdfBusyError, queuedConverter, type PdfConverter } from './pdf.ts';

/** A converter that holds every conversion until released, counting how many run at once. */
function slowConverter() {
  let running = 0;
  let started = 0;
  let mostAtOnce = 0;
  const waiting: Array<() => void> = [];
  const convert: PdfConverter = async (docx) => {
    started += 1;
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    await new Promise<void>((resolve) => waiting.push(resolve));
    running -= 1;
    return Buffer.concat([Buffer.from('%PDF '), docx]);
  };
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  // Queued work starts on a later tick, so release, let it start, and repeat until nothing runs.
  const releaseAll = async () => {
    do {
      await tick();
      waiting.splice(0).forEach((release) => release());
      await tick();
    } while (waiting.length > 0 || running > 0);
  };
  return { convert, releaseAll, stats: () => ({ started, mostAtOnce }) };
}

describe('queuedConverter', () => {
  it('runs at most `concurrency` conversions, queues `maxWaiting`, refuses the rest with 503 and Retry-After', async () => {
    const slow = slowConverter();
    const convert = queuedConverter(slow.convert, { concurrency: 2, maxWaiting: 3 });
    const outcomes = Array.from({ length: 8 }, (_, i) => convert(Buffer.from(String(i))).then(
      (pdf) => ({ pdf }),
      (error: unknown) => ({ error }),
    ));
    await new Promise((resolve) => setImmediate(resolve));
    expect(slow.stats().started).toBe(2);
    await slow.releaseAll();
    const settled = await Promise.all(outcomes);
    expect(slow.stats()).toEqual({ started: 5, mostAtOnce: 2 });
    expect(settled.slice(0, 5).map((o) => ('pdf' in o ? o.pdf?.toString() : 'refused'))).toEqual(['%PDF 0', '%PDF 1', '%PDF 2', '%PDF 3', '%PDF 4']);
    for (const refused of settled.slice(5)) {
      expect('error' in refused && refused.error).toBeInstanceOf(AppError);
      const error = (refused as { error: AppError & { retryAfterSeconds: number } }).error;
      expect(error).toMatchObject({ status: 503, code: 'PDF_BUSY', retryAfterSeconds: 30 });
      expect(error.message).toContain('thử lại');
    }
  });

  it('takes new work again once the line has drained', async () => {
    const slow = slowConverter();
    const convert = queuedConverter(slow.convert, { concurrency: 1, maxWaiting: 0 });
    const first = convert(Buffer.from('a'));
    await expect(convert(Buffer.from('b'))).rejects.toMatchObject({ status: 503 });
    await slow.releaseAll();
    await first;
    const again = convert(Buffer.from('c'));
    await slow.releaseAll();
    expect((await again)?.toString()).toBe('%PDF c');
  });
});

describe('a full PDF queue over HTTP', () => {
  it('answers 503 PDF_BUSY in Vietnamese with Retry-After', async () => {
    const app = Fastify({ logger: false });
    installErrorHandler(app);
    app.get('/pdf', async () => {
      throw new PdfBusyError();
    });
    const res = await app.inject({ method: 'GET', url: '/pdf' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('30');
    expect(res.json().error).toMatchObject({ code: 'PDF_BUSY', message: expect.stringContaining('thử lại') });
    await app.close();
  });
});
