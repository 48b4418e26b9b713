/** DHIS2 data elements and data sets (with their sections and assigned units) → SYT's elements and forms. */
import {
  AGGREGATION_TYPES,
  DEFAULT_COMBO,
  PERIOD_TYPES,
  VALUE_TYPES,
  type AggregationType,
  type DataElement,
  type DataSet,
  type DataSetSection,
  type PeriodType,
  type ValueType,
} from '../metadata/types.ts';
import type { Dhis2Context, Located } from './dhis2-context.ts';
import { dhis2Messages } from './dhis2-messages.ts';

const includes = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** Data elements; a type SYT does not store is refused (LONG_TEXT is kept as TEXT, with a warning). */
export function readDataElements(ctx: Dhis2Context): DataElement[] {
  return ctx.list('dataElements').flatMap((at) => {
    const de = at.object;
    ctx.notes.unusedProperties('dataElements', at.raw, [
      'id',
      'code',
      'name',
      'shortName',
      'description',
      'valueType',
      'aggregationType',
      'domainType',
      'categoryCombo',
    ]);
    if (de.domainType !== undefined && de.domainType !== 'AGGREGATE')
      ctx.notes.refuse(
        `${at.path}.domainType`,
        dhis2Messages.unsupportedValue(at.who, 'domainType', de.domainType, ['AGGREGATE']),
      );
    let valueType: ValueType | undefined;
    if (de.valueType === 'LONG_TEXT') {
      ctx.notes.warn(`${at.path}.valueType`, dhis2Messages.longText(at.who));
      valueType = 'TEXT';
    } else if (includes(VALUE_TYPES, de.valueType)) valueType = de.valueType;
    else
      ctx.notes.refuse(
        `${at.path}.valueType`,
        dhis2Messages.unsupportedValue(at.who, 'valueType', de.valueType, VALUE_TYPES),
      );
    const aggregationType = includes(AGGREGATION_TYPES, de.aggregationType)
      ? (de.aggregationType as AggregationType)
      : undefined;
    if (!aggregationType)
      ctx.notes.refuse(
        `${at.path}.aggregationType`,
        dhis2Messages.unsupportedValue(at.who, 'aggregationType', de.aggregationType, AGGREGATION_TYPES),
      );
    // DHIS2 gives an element without a combo its default combo.
    const categoryCombo = de.categoryCombo
      ? ctx.resolve('categoryCombos', de.categoryCombo.id, at, 'categoryCombo.id')
      : DEFAULT_COMBO;
    if (!valueType || !aggregationType || categoryCombo === undefined) return [];
    return [
      {
        code: ctx.codeOf('dataElements', de.id)!,
        uid: de.id,
        name: de.name,
        ...(de.shortName ? { shortName: de.shortName } : {}),
        valueType,
        aggregationType,
        categoryCombo,
        ...(de.description ? { description: de.description } : {}),
      },
    ];
  });
}

/** A period type SYT stores, or a refusal naming the object. */
export function periodTypeOf(
  ctx: Dhis2Context,
  at: { path: string; who: string },
  periodType: string,
): PeriodType | undefined {
  if (includes(PERIOD_TYPES, periodType)) return periodType;
  ctx.notes.refuse(`${at.path}.periodType`, dhis2Messages.unsupportedPeriodType(at.who, periodType));
  return undefined;
}

/** Days the form stays open after its due day when DHIS2 sets no expiry. */
const NO_EXPIRY_OPEN_DAYS = 366;

/** Data sets with sections, and the units each is assigned to. */
export function readDataSets(ctx: Dhis2Context): { dataSets: DataSet[]; assignments: Record<string, string[]> } {
  const dataSets: DataSet[] = [];
  const assignments: Record<string, string[]> = {};
  for (const at of ctx.list('dataSets')) {
    const ds = at.object;
    ctx.notes.unusedProperties('dataSets', at.raw, [
      'id',
      'code',
      'name',
      'periodType',
      'dataSetElements',
      'organisationUnits',
      'sections',
      'timelyDays',
      'expiryDays',
    ]);
    const code = ctx.codeOf('dataSets', ds.id)!;
    const stored = ctx.stored.dataSets.find((s) => s.code === code);
    const periodType = periodTypeOf(ctx, at, ds.periodType);
    const elements = (ds.dataSetElements ?? []).flatMap(
      (dse, j) => ctx.resolve('dataElements', dse.dataElement.id, at, `dataSetElements[${j}].dataElement.id`) ?? [],
    );
    const units = (ds.organisationUnits ?? []).flatMap(
      (ref, j) => ctx.resolve('organisationUnits', ref.id, at, `organisationUnits[${j}].id`) ?? [],
    );
    if (ds.organisationUnits) assignments[code] = units;
    if (!periodType) continue;
    const dueDay = dueDayOf(ctx, at, ds.timelyDays ?? stored?.dueDay ?? 15, periodType);
    let openDaysAfterPeriod = stored?.openDaysAfterPeriod ?? NO_EXPIRY_OPEN_DAYS;
    if (ds.expiryDays !== undefined && ds.expiryDays > 0)
      openDaysAfterPeriod = Math.max(0, Math.round(ds.expiryDays) - dueDay);
    else if (ds.expiryDays === 0 && !stored)
      ctx.notes.warn(`${at.path}.expiryDays`, dhis2Messages.noExpiry(at.who, openDaysAfterPeriod));
    dataSets.push({
      code,
      uid: ds.id,
      name: ds.name,
      periodType,
      dueDay,
      openDaysAfterPeriod,
      orgUnitLevel: levelOf(ctx, at, units, stored?.orgUnitLevel),
      sections: sectionsOf(ctx, ds.id, code, ds.name, elements),
    });
  }
  return { dataSets, assignments };
}

/** DHIS2's timelyDays count from the end of the period, as SYT's due day counts into the next one. */
function dueDayOf(ctx: Dhis2Context, at: Located<'dataSets'>, timelyDays: number, periodType: PeriodType): number {
  const max = periodType === 'Weekly' ? 7 : 31;
  const day = Math.min(max, Math.max(1, Math.round(timelyDays)));
  if (day !== timelyDays) ctx.notes.warn(`${at.path}.timelyDays`, dhis2Messages.dueDayClamped(at.who, day));
  return day;
}

/** The level most of the assigned units are at; the stored one, else level 1, when none is assigned. */
function levelOf(ctx: Dhis2Context, at: Located<'dataSets'>, units: string[], stored: number | undefined): number {
  const counts = new Map<number, number>();
  for (const code of units) {
    const level = ctx.levelOf(code);
    if (level !== undefined) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  if (best) return best[0];
  if (stored !== undefined) return stored;
  ctx.notes.warn(at.path, dhis2Messages.levelGuessed(at.who, 1));
  return 1;
}

/** DHIS2's sections of the set in order; elements in none go to a last section; no section at all gives one. */
function sectionsOf(
  ctx: Dhis2Context,
  dataSetId: string,
  code: string,
  name: string,
  elements: string[],
): DataSetSection[] {
  const sections = ctx
    .list('sections')
    .filter((s) => s.object.dataSet.id === dataSetId)
    .sort((a, b) => (a.object.sortOrder ?? 0) - (b.object.sortOrder ?? 0))
    .map((at, i) => ({
      code: at.object.code ?? `${code}_S${i + 1}`,
      name: at.object.name,
      dataElements: at.object.dataElements.flatMap(
        (ref, j) => ctx.resolve('dataElements', ref.id, at, `dataElements[${j}].id`) ?? [],
      ),
    }));
  const placed = new Set(sections.flatMap((s) => s.dataElements));
  const rest = elements.filter((e) => !placed.has(e));
  if (sections.length === 0) return [{ code: `${code}_S1`, name, dataElements: rest }];
  if (rest.length)
    sections.push({
      code: `${code}_S${sections.length + 1}`,
      name: dhis2Messages.elementsOutsideSections(),
      dataElements: rest,
    });
  return sections;
}
