/**
 * DHIS2's answer to a metadata import (`POST /api/metadata`): a web message around an ImportReport with counts and
 * error reports per type, messages in Vietnamese. SYT adds `warnings`: what the file held that SYT did not keep.
 */
import type { MetadataSnapshot } from './dhis2-context.ts';
import type { Dhis2Note } from './dhis2-notes.ts';
import type { SytMetadataFile } from './read-metadata.ts';

export interface Dhis2Stats {
  created: number;
  updated: number;
  deleted: number;
  ignored: number;
  total: number;
}

export interface Dhis2ErrorReport {
  message: string;
  mainKlass: string;
  errorCode: string;
  errorProperty: string;
}

export interface Dhis2TypeReport {
  klass: string;
  stats: Dhis2Stats;
  objectReports: { klass: string; index: number; uid?: string; errorReports: Dhis2ErrorReport[] }[];
}

export interface Dhis2MetadataReport {
  httpStatus: 'OK' | 'Conflict';
  httpStatusCode: 200 | 409;
  status: 'OK' | 'ERROR';
  message: string;
  response: {
    responseType: 'ImportReport';
    importParams: { importMode: 'COMMIT' | 'VALIDATE'; atomicMode: 'ALL' };
    status: 'OK' | 'ERROR';
    stats: Dhis2Stats;
    typeReports: Dhis2TypeReport[];
    warnings: Dhis2Note[];
  };
}

/** DHIS2's Java class of each collection, as its reports name them. */
export const KLASSES: Record<string, string> = {
  categoryOptions: 'org.hisp.dhis.category.CategoryOption',
  categories: 'org.hisp.dhis.category.Category',
  categoryCombos: 'org.hisp.dhis.category.CategoryCombo',
  categoryOptionCombos: 'org.hisp.dhis.category.CategoryOptionCombo',
  dataElements: 'org.hisp.dhis.dataelement.DataElement',
  organisationUnits: 'org.hisp.dhis.organisationunit.OrganisationUnit',
  orgUnits: 'org.hisp.dhis.organisationunit.OrganisationUnit',
  dataSets: 'org.hisp.dhis.dataset.DataSet',
  sections: 'org.hisp.dhis.dataset.Section',
  indicatorTypes: 'org.hisp.dhis.indicator.IndicatorType',
  indicators: 'org.hisp.dhis.indicator.Indicator',
  validationRules: 'org.hisp.dhis.validation.ValidationRule',
};

const COLLECTIONS = [
  'categories',
  'categoryCombos',
  'dataElements',
  'orgUnits',
  'dataSets',
  'indicators',
  'validationRules',
] as const;

const zero = (): Dhis2Stats => ({ created: 0, updated: 0, deleted: 0, ignored: 0, total: 0 });

/** Counts per type: an object whose code is stored is updated, else created; on refusal every object is ignored. */
function typeStats(file: SytMetadataFile, stored: MetadataSnapshot, refused: boolean): Map<string, Dhis2Stats> {
  const stats = new Map<string, Dhis2Stats>();
  for (const kind of COLLECTIONS) {
    const list: { code: string }[] = file[kind] ?? [];
    const storedCodes = new Set((stored[kind] as { code: string }[]).map((x) => x.code));
    const s = zero();
    for (const x of list) {
      if (refused) s.ignored++;
      else if (storedCodes.has(x.code)) s.updated++;
      else s.created++;
      s.total++;
    }
    if (s.total) stats.set(KLASSES[kind]!, s);
  }
  return stats;
}

/** Error reports from problem paths such as `dataElements[3].categoryCombo.id` (or `dataElements.3.categoryCombo`). */
function errorReports(problems: Dhis2Note[], uidAt: (kind: string, index: number) => string | undefined) {
  const reports = new Map<string, Dhis2TypeReport['objectReports']>();
  for (const p of problems) {
    const m = /^([A-Za-z]+)(?:\[(\d+)\]|\.(\d+))?\.?(.*)$/.exec(p.path);
    const kind = m?.[1] ?? 'body';
    const index = Number(m?.[2] ?? m?.[3] ?? 0);
    const klass = KLASSES[kind] ?? kind;
    const list = reports.get(klass) ?? [];
    let object = list.find((o) => o.index === index);
    if (!object) {
      const uid = uidAt(kind, index);
      object = { klass, index, ...(uid ? { uid } : {}), errorReports: [] };
      list.push(object);
    }
    // E5002 is DHIS2's code for an invalid reference; SYT's other checks have no DHIS2 code.
    const errorCode = p.message.includes('trỏ tới id') ? 'E5002' : 'SYT_INVALID';
    object.errorReports.push({ message: p.message, mainKlass: klass, errorCode, errorProperty: m?.[4] || p.path });
    reports.set(klass, list);
  }
  return reports;
}

/** The report of one import: refused (`problems` non-empty, nothing changed) or done (or validated only). */
export function metadataImportReport(input: {
  file: SytMetadataFile;
  raw: unknown;
  stored: MetadataSnapshot;
  problems: Dhis2Note[];
  warnings: Dhis2Note[];
  dryRun: boolean;
}): Dhis2MetadataReport {
  const refused = input.problems.length > 0;
  const stats = typeStats(input.file, input.stored, refused || input.dryRun);
  const raw = (input.raw ?? {}) as Record<string, { id?: string }[] | undefined>;
  const uidAt = (kind: string, index: number) => raw[kind]?.[index]?.id ?? undefined;
  const errors = errorReports(input.problems, uidAt);
  const klasses = new Set([...stats.keys(), ...errors.keys()]);
  const typeReports = [...klasses].map((klass) => ({
    klass,
    stats: stats.get(klass) ?? zero(),
    objectReports: errors.get(klass) ?? [],
  }));
  const total = typeReports.reduce((sum, t) => {
    for (const k of Object.keys(sum) as (keyof Dhis2Stats)[]) sum[k] += t.stats[k];
    return sum;
  }, zero());
  const status = refused ? 'ERROR' : 'OK';
  const message = refused
    ? `Tệp danh mục DHIS2 bị từ chối: ${input.problems.length} lỗi, không có gì thay đổi.`
    : input.dryRun
      ? 'Tệp danh mục DHIS2 hợp lệ (chỉ kiểm tra, không có gì thay đổi).'
      : `Đã nhập ${total.created} đối tượng mới, cập nhật ${total.updated}.`;
  return {
    httpStatus: refused ? 'Conflict' : 'OK',
    httpStatusCode: refused ? 409 : 200,
    status,
    message: input.warnings.length ? `${message} Có ${input.warnings.length} cảnh báo.` : message,
    response: {
      responseType: 'ImportReport',
      importParams: { importMode: input.dryRun ? 'VALIDATE' : 'COMMIT', atomicMode: 'ALL' },
      status,
      stats: total,
      typeReports,
      warnings: input.warnings,
    },
  };
}
