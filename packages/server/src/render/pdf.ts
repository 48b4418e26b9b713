/** A .docx converted to PDF by LibreOffice in headless mode. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

/** A .docx converted to PDF by LibreOffice, or null when LibreOffice is not installed. */
export async function convertDocxToPdf(docx: Buffer): Promise<Buffer | null> {
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
