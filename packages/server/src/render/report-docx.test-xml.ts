/** Reading a .docx package back for the tests: its XML parts, paragraphs, runs and their formatting. */
import JSZip from 'jszip';

/** Every XML part of the package (relationships included) by name. */
export async function xmlParts(docx: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const names = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/u.test(name));
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await zip.file(name)!.async('string')] as const)));
}

const decode = (text: string) =>
  text.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&');

/** The `w:p` elements of a part, in order. */
export const paragraphs = (xml: string): string[] => xml.match(/<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>/gu) ?? [];

/** The `w:r` elements of a paragraph, in order. */
export const runs = (xml: string): string[] => xml.match(/<w:r(?: [^>]*)?>[\s\S]*?<\/w:r>/gu) ?? [];

/** The text of an element: its `w:t` contents joined. */
export const textOf = (xml: string): string =>
  decode([...xml.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/gu)].map((m) => m[1]).join(''));

/** The first paragraph whose text contains `needle`. */
export function paragraphWith(xml: string, needle: string): string {
  const found = paragraphs(xml).find((p) => textOf(p).includes(needle));
  if (!found) throw new Error(`No paragraph contains "${needle}"`);
  return found;
}

/** The first run whose text contains `needle`. */
export function runWith(xml: string, needle: string): string {
  const found = runs(xml).find((r) => textOf(r).includes(needle));
  if (!found) throw new Error(`No run contains "${needle}"`);
  return found;
}

/** A run's size in half-points. */
export const sizeOf = (run: string): number | undefined => Number(/<w:sz w:val="(\d+)"/u.exec(run)?.[1]) || undefined;

/** Whether an on/off property (`b`, `i`) is on in a run. */
export const isOn = (run: string, tag: 'b' | 'i'): boolean => new RegExp(`<w:${tag}(?: w:val="(?:true|1|on)")?/>`, 'u').test(run);

/** A numeric attribute of the first element `tag` in `xml`. */
export function attr(xml: string, tag: string, name: string): number | undefined {
  const element = new RegExp(`<${tag}\\b[^>]*>`, 'u').exec(xml)?.[0];
  const value = element && new RegExp(`\\b${name}="(-?\\d+)"`, 'u').exec(element)?.[1];
  return value === undefined || value === null ? undefined : Number(value);
}

/** The header part a section's header reference of `type` points to. */
export function headerPart(parts: Record<string, string>, type: 'default' | 'first'): string {
  const document = parts['word/document.xml']!;
  const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`, 'u').exec(document)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, 'u').exec(parts['word/_rels/document.xml.rels']!)?.[1];
  if (!id || !target) throw new Error(`No ${type} header`);
  return parts[`word/${target}`]!;
}
