import { describe, expect, it } from 'vitest';
import type { Block } from '../../model.ts';
import type { WriterContext } from '../context.ts';
import { drugTestingBlocks } from './drug-testing.ts';
import { foodSafetyBlocks } from './food-safety.ts';
import { forensicBlocks } from './forensic.ts';
import { hivBlocks } from './hiv.ts';
import { immunisationBlocks } from './immunisation.ts';
import { medicalServicesBlocks } from './medical-services.ts';
import { populationBlocks } from './population.ts';
import { FULL_TABLE } from './seed-table.fixture.ts';
import { sentence } from '../context.ts';
import { fakeContext, slots, texts, uncitedChanges } from './test-context.ts';

const WRITERS: Record<string, (ctx: WriterContext) => Block[]> = {
  immunisation: immunisationBlocks,
  hiv: hivBlocks,
  'food-safety': foodSafetyBlocks,
  'medical-services': medicalServicesBlocks,
  population: populationBlocks,
  forensic: forensicBlocks,
  'drug-testing': drugTestingBlocks,
};

describe.each(Object.entries(WRITERS))('section %s', (slot, write) => {
  it('cites every figure its sentences read: changing one changes only sentences citing it', () => {
    expect(uncitedChanges(write, FULL_TABLE)).toEqual([]);
  });

  it('writes no generated block when nothing is stored, and keeps its free slot', () => {
    const blocks = write(fakeContext({}));
    expect(texts(blocks)).toEqual([]);
    expect(slots(blocks)).toEqual([slot]);
  });

  it('keeps its free slot when it writes figures, and names each block after the section', () => {
    const blocks = write(fakeContext(FULL_TABLE));
    expect(slots(blocks)).toEqual([slot]);
    const ids = blocks.flatMap((b) => (b.kind === 'generated' ? [b.id] : []));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id.startsWith(`${slot}.`), id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('states numbers only from figures: each figure sentence cites at least one', () => {
    for (const block of write(fakeContext(FULL_TABLE))) {
      if (block.kind === 'generated')
        for (const s of block.sentences) expect(s.figures.length, s.text).toBeGreaterThan(0);
    }
  });
});

describe('uncitedChanges', () => {
  it('catches a sentence that states a figure it does not cite', () => {
    const careless = (ctx: WriterContext): Block[] => [
      {
        kind: 'generated',
        id: 'x',
        sentences: [sentence(`${ctx.figures.total('KN_SAMPLES_TESTED', 'month')} mẫu.`, [])],
      },
    ];
    expect(uncitedChanges(careless, { KN_SAMPLES_TESTED: { month: 13 } })).toEqual([
      'KN_SAMPLES_TESTED@month: 14 mẫu.',
    ]);
  });
});
