/**
 * A .docx converted to PDF by LibreOffice in headless mode. Each conversion is a process of a few hundred MB, so they
 * go through one queue: at most one per CPU at once, a short waiting line, and 503 with Retry-After beyond it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import pLimit from 'p-limit';
import { AppError } from '../errors.ts';
import { pdfMessages } from './pdf.messages.ts';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Longest a conversion may take; a first run on a fresh profile needs a few seconds. */
const TIMEOUT_MS = 120_000;
const SOFFICE = 'soffice';

interface RunResult {
  missing: boolean;
}

/** Runs soffice; resolves `missing` when it is not installed, rejects with its output when it fails. */
function runSoffice(args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(SOFFICE, args, { timeout: TIMEOUT_MS, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      if (!error) return resolve({ missing: false });
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return resolve({ missing: true });
      const reason = error.killed ? `did not finish within ${TIMEOUT_MS / 1000} s` : `failed (${error.message.trim()})`;
      reject(new Error(`LibreOffice ${reason}: ${`${stderr}${stdout}`.trim().slice(0, 2000)}`));
    });
  });
}

/** Turns a .docx into a PDF, or null when the converter is not installed. */
export type PdfConverter = (docx: Buffer) => Promise<Buffer | null>;

/** How many conversions run at once, and how many may wait for a turn. */
export interface PdfQueueLimits {
  concurrency: number;
  maxWaiting: number;
}

/** One conversion per CPU; twice that many may wait. */
export const PDF_QUEUE_LIMITS: Readonly<PdfQueueLimits> = Object.freeze({
  concurrency: availableParallelism(),
  maxWaiting: 2 * availableParallelism(),
});

/** Seconds a refused caller is told to wait: about one conversion of the monthly report. */
const RETRY_AFTER_SECONDS = 30;

/** 503 when the waiting line is full; the error handler sends `Retry-After`. */
export class PdfBusyError extends AppError {
  constructor() {
    super(503, 'PDF_BUSY', pdfMessages.busy, [], { retryAfterSeconds: RETRY_AFTER_SECONDS });
  }
}

/** Wraps a converter in a bounded queue: `limits.concurrency` at once, `limits.maxWaiting` queued, the rest refused. */
export function queuedConverter(convert: PdfConverter, limits: PdfQueueLimits = PDF_QUEUE_LIMITS): PdfConverter {
  const limit = pLimit(limits.concurrency);
  // Counted here, synchronously: p-limit starts queued work on a later tick, so its own counts lag behind.
  let accepted = 0;
  return async (docx) => {
    if (accepted >= limits.concurrency + limits.maxWaiting) throw new PdfBusyError();
    accepted += 1;
    try {
      return await limit(() => convert(docx));
    } finally {
      accepted -= 1;
    }
  };
}

/** A .docx converted to PDF by LibreOffice (queued), or null when LibreOffice is not installed. */
export const convertDocxToPdf: PdfConverter = queuedConverter(runLibreOffice);

async function runLibreOffice(docx: Buffer): Promise<Buffer | null> {
  const dir = await mkdtemp(join(tmpdir(), 'syt-pdf-'));
  try {
    const input = join(dir, 'report.docx');
    await writeFile(input, docx);
    // A private profile per conversion: LibreOffice locks its profile, so parallel conversions would otherwise clash.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', dir, input];
    const { missing } = await runSoffice(args);
    if (missing) return null;
    const pdf = await readFile(join(dir, 'report.pdf')).catch(() => null);
    if (!pdf) throw new Error('LibreOffice finished without writing the PDF.');
    return pdf;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
