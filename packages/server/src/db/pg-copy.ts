/** PostgreSQL's COPY text format, and COPY FROM STDIN on the connection a Kysely transaction holds. */

/** Rows of COPY text per chunk handed to the stream: big enough to amortise, small enough to stay off the heap. */
const LINES_PER_CHUNK = 5_000;

/** One field in COPY's text format: `\N` for null, backslash escapes for the characters the format reserves. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, escape) : text;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const escape = (c: string) => ESCAPES[c]!;

/** Rows (arrays in column order) as chunks of COPY text lines. */
export function* copyText(rows: Iterable<readonly unknown[]>): Generator<string> {
  let chunk = '';
  let lines = 0;
  for (const row of rows) {
    chunk += row.map(field).join('\t') + '\n';
    if (++lines === LINES_PER_CHUNK) {
      yield chunk;
      chunk = '';
      lines = 0;
    }
  }
  if (chunk) yield chunk;
}
