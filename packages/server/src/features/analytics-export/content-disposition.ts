/**
 * A download's Content-Disposition with a Vietnamese name (RFC 6266 / RFC 5987): an ASCII `filename` for old
 * clients, the NFC name percent-encoded in UTF-8 as `filename*` for the others.
 */
import { foldVietnamese } from '@syt/core/vi/fold.ts';

/** `attachment; filename="bang-so-lieu.xlsx"; filename*=UTF-8''B%E1%BA%A3ng%20s%E1%BB%91%20li%E1%BB%87u.xlsx`. */
export function attachment(name: string, extension: string): string {
  const clean =
    name
      .normalize('NFC')
      .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'syt';
  const ascii =
    foldVietnamese(clean)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'syt';
  const encoded = encodeURIComponent(`${clean}.${extension}`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encoded}`;
}
