/** How the demo's counts behave: expected yearly levels, seasons, noise, and links between elements. */
import type { Disease } from '../metadata/types.ts';
import { ACTIVITY_PROFILES } from './activity-profiles.ts';
import { DISEASE_PROFILES } from './disease-profiles.ts';

/** A count of its own: expected province-wide totals per year, shaped by season and district. */
export interface FlowProfile {
  kind: 'flow';
  /** Expected province-wide total per year; other years take the nearest listed one. */
  annual: Readonly<Record<number, number>>;
  /** Relative weight of each calendar month, January first. */
  season?: readonly number[];
  /** Month weights replacing `season` in a given year (epidemic waves, border closures). */
  seasonByYear?: Readonly<Record<number, readonly number[]>>;
  /** Sigma of the log-normal swing shared by every district in a month; default 0.2. */
  noise?: number;
  /** Multiplier on a district's population share (malaria in forest districts). */
  unitBias?: Readonly<Record<string, number>>;
  /** Share of each option of a disaggregated element. */
  split?: Readonly<Record<string, number>>;
}

/** A part of another element's count (deaths of cases, passed of tested): drawn from it and never above it. */
export interface SubsetProfile {
  kind: 'subset';
  of: string;
  share: number;
  shareByYear?: Readonly<Record<number, number>>;
}

/** A count proportional to another (people reached per session), not bounded by it. */
export interface ScaledProfile {
  kind: 'scaled';
  of: string;
  ratio: number;
}

export type ElementProfile = FlowProfile | SubsetProfile | ScaledProfile;

/** A disease: how its cases behave and what share of them die. */
export interface DiseaseProfile {
  cases: Omit<FlowProfile, 'kind'>;
  fatality: number;
}

const UNKNOWN_DISEASE: DiseaseProfile = { cases: { annual: { 2019: 1 } }, fatality: 0 };
const UNKNOWN_ELEMENT: FlowProfile = { kind: 'flow', annual: { 2019: 24 } };

/** Profiles of every element the diseases of the package name, plus the activity profiles. */
export function resolveProfiles(diseases: readonly Disease[]): Map<string, ElementProfile> {
  const profiles = new Map<string, ElementProfile>(Object.entries(ACTIVITY_PROFILES));
  for (const d of diseases) {
    const p = DISEASE_PROFILES[d.code] ?? UNKNOWN_DISEASE;
    profiles.set(d.casesElement, { kind: 'flow', ...p.cases });
    profiles.set(d.deathsElement, { kind: 'subset', of: d.casesElement, share: p.fatality });
  }
  return profiles;
}

/** The profile of an element, a modest generic count when none is known. */
export function profileOf(profiles: Map<string, ElementProfile>, element: string): ElementProfile {
  return profiles.get(element) ?? UNKNOWN_ELEMENT;
}

/** The value for `year` from a per-year table: the listed year nearest to it. */
export function byNearestYear(table: Readonly<Record<number, number>>, year: number): number {
  const years = Object.keys(table).map(Number);
  const nearest = years.reduce(
    (best, y) =>
      Math.abs(y - year) < Math.abs(best - year) || (Math.abs(y - year) === Math.abs(best - year) && y > best)
        ? y
        : best,
    years[0]!,
  );
  return table[nearest] ?? 0;
}

/** Month weights of a year, normalised to average 1. */
export function seasonOf(profile: FlowProfile, year: number): number[] {
  const raw = profile.seasonByYear?.[year] ?? profile.season ?? Array.from({ length: 12 }, () => 1);
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => (sum > 0 ? (w * 12) / sum : 0));
}

/** Rough population of each Kon Tum district in thousands, for sharing province figures out. */
export const UNIT_WEIGHTS: Readonly<Record<string, number>> = {
  '608': 175,
  '615': 76,
  '612': 52,
  '611': 62,
  '610': 47,
  '617': 28,
  '614': 28,
  '613': 27,
  '616': 55,
  '618': 16,
};

/** Each unit's share of a province figure, by population and the profile's bias. */
export function unitShares(units: readonly string[], profile: FlowProfile): number[] {
  const known = units.map((u) => UNIT_WEIGHTS[u]).filter((w): w is number => w !== undefined);
  const fallback = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  const weights = units.map((u) => (UNIT_WEIGHTS[u] ?? fallback) * (profile.unitBias?.[u] ?? 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / sum);
}
