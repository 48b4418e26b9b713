/** Report figures flattened into span targets: "this element's values over these units and months sum to N". */
import type { Disease } from '../metadata/types.ts';
import {
  SEED_001_ACTIVITIES,
  SEED_001_DISEASES,
  SEED_001_NO_CASES_THIS_YEAR,
  SEED_001_SPANS,
  type Figure,
  type SeriesFigures,
} from './seed-001-targets.ts';

/** One exact sum: `combo` null = all option combos, `unit` null = all the element's org units. */
export interface SpanTarget {
  element: string;
  combo: string | null;
  unit: string | null;
  from: string;
  to: string;
  value: number;
}

type SpanName = keyof typeof SEED_001_SPANS;
const SPAN_NAMES = Object.keys(SEED_001_SPANS) as SpanName[];

/** The targets of one figure: its total and, when the report lists units, one per listed unit. */
function figureTargets(series: SeriesFigures, span: SpanName, figure: Figure): SpanTarget[] {
  const base = { element: series.element, combo: series.combo ?? null, ...SEED_001_SPANS[span] };
  const units = Object.entries(figure.byUnit ?? {});
  const listed = units.reduce((sum, [, value]) => sum + value, 0);
  if (units.length > 0 && listed !== figure.total) {
    throw new Error(`${series.element} ${span}: units add up to ${listed}, not ${figure.total}`);
  }
  return [{ ...base, unit: null, value: figure.total }, ...units.map(([unit, value]) => ({ ...base, unit, value }))];
}

/** Flattens report-shaped figures into span targets. */
export function flattenFigures(figures: readonly SeriesFigures[]): SpanTarget[] {
  return figures.flatMap((series) =>
    SPAN_NAMES.flatMap((span) => {
      const figure = series[span];
      return figure ? figureTargets(series, span, figure) : [];
    }),
  );
}

/** Every target of seed 001; disease codes of the no-case list resolve through the package's diseases. */
export function seed001Targets(diseases: readonly Disease[]): SpanTarget[] {
  const casesElement = new Map(diseases.map((d) => [d.code, d.casesElement]));
  const noCases: SeriesFigures[] = SEED_001_NO_CASES_THIS_YEAR.flatMap((code) => {
    const element = casesElement.get(code);
    return element ? [{ element, yearToDate: { total: 0 } }] : [];
  });
  return flattenFigures([...SEED_001_DISEASES, ...noCases, ...SEED_001_ACTIVITIES]);
}

/** Targets grouped by element for the generator's models. */
export interface TargetIndex {
  /** Targets of one element: `combo` null for those on the element's total. */
  of(element: string, combo: string | null): SpanTarget[];
  /** Whether any target names an option combo of the element. */
  hasComboTargets(element: string): boolean;
  /** The stated total of an element (or one combo) in one month, if the report states it. */
  valueAt(element: string, month: string, combo?: string | null): number | undefined;
}

/** Indexes targets by element and combo. */
export function indexTargets(targets: readonly SpanTarget[]): TargetIndex {
  const byElement = new Map<string, SpanTarget[]>();
  for (const t of targets) byElement.set(t.element, [...(byElement.get(t.element) ?? []), t]);
  const list = (element: string) => byElement.get(element) ?? [];
  return {
    of: (element, combo) => list(element).filter((t) => t.combo === combo),
    hasComboTargets: (element) => list(element).some((t) => t.combo !== null),
    valueAt: (element, month, combo = null) =>
      list(element).find((t) => t.combo === combo && t.unit === null && t.from === month && t.to === month)?.value,
  };
}
