/**
 * A Vietnamese document's number and symbol as the clerk writes it when registering it: `123/BC-SYT` — the running
 * number, a slash, then the symbol (kind of document, issuing body, optionally the office: `15/TB-SYT`, `7/SYT-KHTC`).
 */
export interface DocumentNumber {
  /** `123`. */
  number: string;
  /** `BC-SYT`. */
  symbol: string;
}

// Upper-case letters (Vietnamese included: Đ, Ư…) and digits, in parts joined by hyphens.
const SYMBOL = /^\p{Lu}[\p{Lu}\d]*(?:-[\p{Lu}\d]+)*$/u;
const NUMBER = /^\d{1,6}$/;

/** `123/BC-SYT` → `{ number: '123', symbol: 'BC-SYT' }`; null when it is not of that form. Spaces around the slash are dropped. */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  const parts = text.normalize('NFC').trim().split('/');
  if (parts.length !== 2) return null;
  const [number, symbol] = parts.map((p) => p.trim()) as [string, string];
  if (!NUMBER.test(number) || !SYMBOL.test(symbol)) return null;
  return { number, symbol };
}

/** The header's number and symbol as the clerk types them (`123/BC-SYT`), or `/BC-SYT` while unnumbered. */
export function formatDocumentNumber(header: { documentNumber: string; documentSymbol: string }): string {
  return `${header.documentNumber.trim()}/${header.documentSymbol.trim()}`;
}
