/** Walking a report's sections: every block with the section path it sits in. */
import type { Block, FreeBlock, GeneratedBlock, ReportDocument, Section } from '../model.ts';

/** A block and the titles of the sections around it, outermost first. */
export interface PlacedBlock<B extends Block = Block> {
  block: B;
  sectionTitles: string[];
}

/** Every block of part I in document order. */
export function placedBlocks(doc: ReportDocument): PlacedBlock[] {
  const out: PlacedBlock[] = [];
  const visit = (section: Section, titles: string[]) => {
    const here = [...titles, section.title];
    for (const block of section.blocks) out.push({ block, sectionTitles: here });
    for (const child of section.children) visit(child, here);
  };
  for (const section of doc.results.sections) visit(section, []);
  return out;
}

/** The free-text slots of a document in order (the keys a save may fill). */
export function freeSlots(doc: ReportDocument): FreeBlock[] {
  return placedBlocks(doc)
    .map((p) => p.block)
    .filter((b): b is FreeBlock => b.kind === 'free');
}

/** The generated paragraphs of a document in order. */
export function generatedBlocks(doc: ReportDocument): GeneratedBlock[] {
  return placedBlocks(doc)
    .map((p) => p.block)
    .filter((b): b is GeneratedBlock => b.kind === 'generated');
}

/** A copy of the document with every block passed through `map` (sections and their order unchanged). */
export function mapBlocks(doc: ReportDocument, map: (block: Block) => Block): ReportDocument {
  const visit = (section: Section): Section => ({
    ...section,
    blocks: section.blocks.map(map),
    children: section.children.map(visit),
  });
  return { ...doc, results: { ...doc.results, sections: doc.results.sections.map(visit) } };
}
