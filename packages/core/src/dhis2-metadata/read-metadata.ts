/**
 * Reads DHIS2 metadata JSON (what DHIS2's `/api/metadata` exports) into an SYT metadata import file, against the
 * stored metadata: every id must name an object of the file or of the installation. Problems refuse the whole
 * file; warnings say what SYT did not keep.
 */
import { generateOptionCombos } from '../metadata/option-combos.ts';
import type { MetadataPackage, OrgUnitPackage } from '../metadata/types.ts';
import { uidOf } from '../metadata/uid.ts';
import { Dhis2Context, UID_KINDS, type MetadataSnapshot } from './dhis2-context.ts';
import type { IdTranslation } from './dhis2-expressions.ts';
import { dhis2Messages } from './dhis2-messages.ts';
import type { Dhis2Note } from './dhis2-notes.ts';
import { dhis2Shapes, ENVELOPE_KEYS, type Dhis2Kind } from './dhis2-shapes.ts';
import { readCategories, readCombos, readOptionCombos } from './read-categories.ts';
import { readDataElements, readDataSets } from './read-elements.ts';
import { readOrgUnits } from './read-org-units.ts';
import { readIndicators, readValidationRules } from './read-rules.ts';

export type { MetadataSnapshot } from './dhis2-context.ts';
export type { Dhis2Note } from './dhis2-notes.ts';

/** An SYT metadata import file: the package, and org units with assignments when the DHIS2 file had them. */
export type SytMetadataFile = MetadataPackage & Partial<OrgUnitPackage>;

export interface Dhis2MetadataRead {
  file: SytMetadataFile;
  problems: Dhis2Note[];
  warnings: Dhis2Note[];
  /** Objects of each DHIS2 collection in the file. */
  counts: Record<string, number>;
}

/** Converts a DHIS2 metadata document; `problems` empty means `file` may be imported. */
export function readDhis2Metadata(doc: unknown, stored: MetadataSnapshot): Dhis2MetadataRead {
  const ctx = new Dhis2Context(stored);
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    ctx.notes.refuse('body', dhis2Messages.notAnObject());
    return { file: emptyFile(), problems: ctx.notes.problems, warnings: [], counts: {} };
  }
  const record = doc as Record<string, unknown>;
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key in dhis2Shapes) {
      ctx.load(key as Dhis2Kind, value);
      counts[key] = ctx.list(key as Dhis2Kind).length;
    } else if (!ENVELOPE_KEYS.has(key)) {
      ctx.notes.warn(key, dhis2Messages.unusedKind(key, Array.isArray(value) ? value.length : 1));
    }
  }
  for (const kind of Object.keys(UID_KINDS) as Dhis2Kind[]) if (kind !== 'categoryOptionCombos') ctx.assignCodes(kind);

  const categories = readCategories(ctx);
  const categoryCombos = readCombos(ctx);
  const categoryOptionCombos = readOptionCombos(ctx);
  const dataElements = readDataElements(ctx);
  const orgUnits = readOrgUnits(ctx);
  const { dataSets, assignments } = readDataSets(ctx);
  const ids = idTranslation(ctx, { categories, categoryCombos, categoryOptionCombos });
  const indicators = readIndicators(ctx, ids);
  const validationRules = readValidationRules(ctx, ids);
  sectionWarnings(ctx);

  const file: SytMetadataFile = {
    categories,
    categoryCombos,
    dataElements,
    dataSets,
    indicators,
    validationRules,
    diseases: [],
    categoryOptionCombos,
    ...('organisationUnits' in record ? { orgUnits } : {}),
    ...(Object.keys(assignments).length ? { dataSetAssignments: assignments } : {}),
  };
  return { file, problems: ctx.notes.problems, warnings: ctx.notes.allWarnings(), counts };
}

function emptyFile(): SytMetadataFile {
  return {
    categories: [],
    categoryCombos: [],
    dataElements: [],
    dataSets: [],
    indicators: [],
    validationRules: [],
    diseases: [],
  };
}

/** Element UIDs to codes, and option-combo UIDs to the codes they have once the file is imported. */
function idTranslation(
  ctx: Dhis2Context,
  file: Pick<MetadataPackage, 'categories' | 'categoryCombos' | 'categoryOptionCombos'>,
): IdTranslation {
  const replace = <T extends { code: string }>(kept: readonly T[], added: readonly T[]) => [
    ...added,
    ...kept.filter((k) => !added.some((a) => a.code === k.code)),
  ];
  const categories = replace(ctx.stored.categories, file.categories);
  const known = new Set(categories.map((c) => c.code));
  const combos = replace(ctx.stored.categoryCombos, file.categoryCombos).filter((c) =>
    c.categories.every((x) => known.has(x)),
  );
  const optionCombos = new Map<string, string>();
  for (const oc of ctx.stored.categoryOptionCombos) optionCombos.set(uidOf('categoryOptionCombo', oc), oc.code);
  const generated = generateOptionCombos({
    categories,
    categoryCombos: combos,
    categoryOptionCombos: file.categoryOptionCombos ?? [],
  });
  for (const oc of generated) if (oc.uid) optionCombos.set(oc.uid, oc.code);
  return {
    element: (id) => ctx.codeOf('dataElements', id),
    optionCombo: (_element, id) => optionCombos.get(id),
  };
}

function sectionWarnings(ctx: Dhis2Context): void {
  const sections = ctx.list('sections');
  for (const at of sections)
    ctx.notes.unusedProperties('sections', at.raw, ['id', 'code', 'name', 'dataSet', 'sortOrder', 'dataElements']);
  if (sections.length) ctx.notes.warn('sections', dhis2Messages.sectionIdsNotKept(sections.length));
}
