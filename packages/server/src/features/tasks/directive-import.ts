/** A directive's text read from an uploaded .docx or .txt, then parsed into draft task groups (nothing stored). */
import type { DirectiveDraft } from '@syt/core/api/tasks.ts';
import type { NamedUnit } from '@syt/core/directive/index.ts';
import { parseDirective } from '@syt/core/tasks/index.ts';
import mammoth from 'mammoth';
import { vi } from '../../messages.ts';
import { checkArchive } from '../attachments/archive-limits.ts';
import { checkUpload, fileError, type Upload } from '../attachments/attachment.service.ts';
import { extensionOf } from '../attachments/file-types.ts';

/**
 * The draft of an uploaded directive, the units it names matched to `units`; 400 naming the file when it is not
 * .docx/.txt or holds no items.
 */
export async function importDirective(upload: Upload, maxBytes: number, units: readonly NamedUnit[]): Promise<DirectiveDraft> {
  checkUpload(upload, maxBytes);
  const ext = extensionOf(upload.fileName);
  if (ext !== 'docx' && ext !== 'txt') throw fileError(vi.tasks.importType(upload.fileName));
  const text = ext === 'txt' ? upload.bytes.toString('utf8').replace(/^\uFEFF/, '') : await docxText(upload);
  const draft = parseDirective(text, units);
  if (draft.groups.every((g) => g.items.length === 0)) throw fileError(vi.tasks.importNothing);
  return draft;
}

/**
 * Word's automatic numbering and bullets are not in a paragraph's text, so the document is read as Markdown,
 * which writes them out (`1. `, `- `); Markdown's escapes and emphasis marks are then removed.
 */
async function docxText(upload: Upload): Promise<string> {
  // mammoth inflates every part in memory: a zip bomb is refused (400 on `file`) before it gets there.
  await checkArchive(upload.bytes);
  try {
    const convert = (mammoth as unknown as { convertToMarkdown(input: { buffer: Buffer }): Promise<{ value: string }> }).convertToMarkdown;
    const { value } = await convert({ buffer: upload.bytes });
    return value.replace(/\\(.)|__|\*|^#+\s+/gm, (_match, escaped: string | undefined) => escaped ?? '');
  } catch {
    throw fileError(vi.tasks.importUnreadable(upload.fileName));
  }
}
