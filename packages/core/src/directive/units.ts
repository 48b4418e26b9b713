/**
 * The units a directive's text names ("Trung tâm Kiểm soát bệnh tật", "các TTYT huyện", "TTYT huyện Đăk Hà") and
 * the org units they stand for. Names and abbreviations are read alike (TTYT = Trung tâm Y tế, CDC = Trung tâm
 * Kiểm soát bệnh tật). A district health centre is its district's org unit (the centre reports for the district);
 * "các TTYT huyện" is every district. A hospital is the one whose name the words after "Bệnh viện" (or "BVĐK") go
 * on with; "các bệnh viện" is every hospital. Other units match the org units whose name contains theirs. A name that
 * matches no org unit is kept with none, so the reviewer sees what the text asked for. A unit asked to work with
 * others ("phối hợp với CDC") coordinates; the others lead.
 */
import type { DraftUnitMention, UnitRef } from '../api/tasks.ts';
import { foldVietnamese } from '../vi/fold.ts';
import { foldInPlace } from './folded.ts';

/** An org unit the text may name. */
export interface NamedUnit extends UnitRef {
  level: number;
}

interface UnitKind {
  /** Folded full name. */
  full: string;
  /** Folded abbreviations. */
  short: readonly string[];
}

const HEALTH_CENTRE: UnitKind = { full: 'trung tam y te', short: ['ttyt'] };
// The longer hospital name first: the pattern takes the first alternative that matches.
const HOSPITALS: readonly UnitKind[] = [
  { full: 'benh vien da khoa', short: ['bvdk'] },
  { full: 'benh vien', short: ['bv'] },
];
const KINDS: readonly UnitKind[] = [
  HEALTH_CENTRE,
  ...HOSPITALS,
  { full: 'trung tam kiem soat benh tat', short: ['cdc', 'ttksbt'] },
  { full: 'chi cuc dan so', short: ['chi cuc ds-khhgd', 'chi cuc ds - khhgd'] },
  { full: 'chi cuc an toan ve sinh thuc pham', short: ['chi cuc atvstp', 'chi cuc attp'] },
  { full: 'trung tam phap y', short: [] },
  { full: 'trung tam giam dinh y khoa', short: [] },
  { full: 'trung tam kiem nghiem', short: [] },
];
// Districts are the level under the province, where provincial units (CDC, hospitals …) may also be recorded.
const DISTRICT_LEVEL = 2;
// Folded starts of the names of units that are not districts.
const FACILITY = /^(?:trung tam|chi cuc|benh vien|phong|van phong|thanh tra|so) /u;
// Folded words that, earlier in the same clause, make a unit a coordinating one ("phối hợp với CDC và …").
const COORDINATING = /\b(?:phoi hop|cung voi)\b/u;
const CLAUSE_BREAK = /[;.:]/u;
// A bound on mentions per item: a text listing more units than this is not a task's assignment.
const MAX_MENTIONS = 20;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const kindPattern = (kind: UnitKind) => [kind.full, ...kind.short].map(escape).join('|');
// "các Trung tâm Y tế huyện, thị, thành phố", "TTYT các huyện", "CDC tỉnh".
const MENTION = new RegExp(
  String.raw`(?<![a-z0-9])(cac\s+)?(${KINDS.map(kindPattern).join('|')})(?![a-z0-9])((?:\s+cac)?(?:\s+(?:huyen|thanh pho|thi xa|tinh))(?:\s*,\s*(?:thi xa|thi|thanh pho))*)?`,
  'gu',
);

/** The kind whose name or abbreviation a folded mention is. */
function kindOf(word: string): UnitKind | undefined {
  return KINDS.find((kind) => kind.full === word || kind.short.includes(word));
}

/** A folded unit name with the abbreviations written out, so "CDC Kon Tum" contains "trung tam kiem soat benh tat". */
function expandedName(name: string): string {
  let folded = ` ${foldVietnamese(name)} `;
  for (const kind of KINDS) for (const short of kind.short) folded = folded.replaceAll(` ${short} `, ` ${kind.full} `);
  return folded.trim();
}

const ref = (unit: NamedUnit): UnitRef => ({ code: unit.code, name: unit.name });

/** A district: a unit of the level under the province whose name is a place, not a facility. */
const isDistrict = (unit: NamedUnit): boolean => unit.level === DISTRICT_LEVEL && !FACILITY.test(expandedName(unit.name));

/** The district whose name follows the mention ("TTYT huyện Đăk Hà"), longest name first. */
function districtAfter(folded: string, end: number, units: readonly NamedUnit[]): NamedUnit | undefined {
  const rest = folded.slice(end);
  const districts = units.filter(isDistrict).sort((a, b) => b.name.length - a.name.length);
  return districts.find((u) => namedAt(rest, u) !== null);
}

/** The length of the district's name at the start of `rest` (after one space), with or without "huyện"/"thành phố". */
function namedAt(rest: string, district: NamedUnit): number | null {
  const name = foldVietnamese(district.name);
  for (const candidate of [name, name.replace(/^(?:huyen|thanh pho|thi xa) /u, '')]) {
    if (rest.startsWith(` ${candidate}`) && !/^[a-z0-9]/u.test(rest.slice(candidate.length + 1))) return candidate.length + 1;
  }
  return null;
}

/** The words of a folded name, for matching names word by word. */
const wordsOf = (folded: string) => folded.split(/\s+/u).filter(Boolean);

/**
 * A hospital the text names after its kind ("Bệnh viện Tâm thần", "BVĐK tỉnh"): the hospital whose name goes on with
 * the most of the words that follow, at least one, and the length of those words. When two fit as well, the words
 * are kept with no hospital: the reviewer chooses, nothing is guessed.
 */
function hospitalAfter(folded: string, kindEnd: number, kind: UnitKind, hospitals: readonly NamedUnit[]): { units: NamedUnit[]; length: number } {
  const rest = folded.slice(kindEnd);
  const following = wordsOf(rest.split(CLAUSE_BREAK)[0]!.split(',')[0]!);
  let best: NamedUnit[] = [];
  let bestWords = 0;
  for (const unit of hospitals) {
    const tail = wordsOf(expandedName(unit.name).slice(kind.full.length));
    let words = 0;
    while (words < tail.length && words < following.length && tail[words] === following[words]) words++;
    if (words === 0 || words < bestWords) continue;
    best = words === bestWords ? [...best, unit] : [unit];
    bestWords = words;
  }
  if (bestWords === 0) return { units: [], length: 0 };
  const taken = new RegExp(String.raw`^(?:\s+[^\s,;.:]+){${bestWords}}`, 'u').exec(rest)![0];
  return { units: best.length === 1 ? best : [], length: taken.length };
}

/** The units a text names, each with the org units it matched, in the order written; the same words once. */
export function unitMentions(text: string, units: readonly NamedUnit[]): DraftUnitMention[] {
  const folded = foldInPlace(text);
  const mentions: DraftUnitMention[] = [];
  for (const match of folded.matchAll(MENTION)) {
    if (mentions.length >= MAX_MENTIONS) break;
    const kind = kindOf(match[2] ?? '');
    if (!kind) continue;
    let end = match.index + match[0].length;
    let matched: NamedUnit[];
    if (kind === HEALTH_CENTRE) {
      const plural = match[1] !== undefined || /\bcac\b|,/u.test(match[3] ?? '');
      const district = plural ? undefined : districtAfter(folded, end, units);
      if (district) end += namedAt(folded.slice(end), district) ?? 0;
      matched = plural ? units.filter(isDistrict) : district ? [district] : [];
    } else if (HOSPITALS.includes(kind)) {
      // "Các bệnh viện đa khoa" is every such hospital; "Bệnh viện Tâm thần" is the one so named.
      const hospitals = units.filter((u) => !isDistrict(u) && expandedName(u.name).startsWith(`${kind.full} `));
      const kindEnd = match.index + (match[1]?.length ?? 0) + match[2]!.length;
      const named = match[1] !== undefined ? undefined : hospitalAfter(folded, kindEnd, kind, hospitals);
      if (named) end = Math.max(end, kindEnd + named.length);
      matched = named ? named.units : hospitals;
    } else {
      matched = units.filter((u) => !isDistrict(u) && expandedName(u.name).includes(kind.full));
    }
    const words = text.slice(match.index, end);
    const clause = folded.slice(0, match.index).split(CLAUSE_BREAK).at(-1) ?? '';
    const role = COORDINATING.test(clause) ? 'COORDINATE' : 'LEAD';
    if (!mentions.some((m) => m.text === words)) mentions.push({ text: words, units: matched.map(ref), role });
  }
  return mentions;
}
