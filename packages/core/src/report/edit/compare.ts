/** Paragraph-level differences between two versions of a report, in the order the document prints them. */
import type { ReportChange } from '../../api/reports.ts';
import type { ReportDocument, ReportHeader } from '../model.ts';
import { placedBlocks } from './blocks.ts';
import { CHANGE_LABELS, HEADER_FIELD_LABELS } from './labels.ts';

interface Paragraph {
  key: string;
  label: string;
  text: string;
}

/** What differs from `a` to `b`: header fields, generated paragraphs by id, free texts by slot, part II's tasks. */
export function compareDocuments(a: ReportDocument, b: ReportDocument): ReportChange[] {
  const before = paragraphs(a);
  const after = paragraphs(b);
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  const changes: ReportChange[] = [];
  for (const key of keys) {
    const x = before.get(key);
    const y = after.get(key);
    const [from, to] = [x?.text || null, y?.text || null];
    if (from === to) continue;
    changes.push({ key, label: (y ?? x)!.label, before: from, after: to });
  }
  return changes;
}

/** Every comparable paragraph of a document by key, in print order (an empty text compares as absent). */
function paragraphs(doc: ReportDocument): Map<string, Paragraph> {
  const out = new Map<string, Paragraph>();
  const add = (p: Paragraph) => out.set(p.key, p);
  for (const field of Object.keys(HEADER_FIELD_LABELS) as (keyof ReportHeader)[]) {
    add({
      key: `header.${field}`,
      label: CHANGE_LABELS.header(HEADER_FIELD_LABELS[field]),
      text: headerText(doc.header[field]),
    });
  }
  for (const { block, sectionTitles } of placedBlocks(doc)) {
    const section = sectionTitles.map((t) => t.replace(/:$/, '')).join(' › ');
    if (block.kind === 'generated') {
      add({
        key: block.id,
        label: CHANGE_LABELS.generated(section),
        text: block.sentences.map((s) => s.text).join(' '),
      });
    } else {
      add({ key: `free:${block.slot}`, label: CHANGE_LABELS.free(section), text: block.text });
    }
  }
  add({ key: 'plan', label: CHANGE_LABELS.plan(doc.plan.title), text: doc.plan.items.join('\n') });
  return out;
}

const headerText = (value: ReportHeader[keyof ReportHeader]) =>
  Array.isArray(value) ? value.join('\n') : (value ?? '');
