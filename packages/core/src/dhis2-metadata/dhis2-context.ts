/** What a DHIS2 metadata reader knows: the file's objects by kind, the stored metadata, and the codes ids map to. */
import type { z } from 'zod';
import { categoryCodeSchema, codeSchema } from '../metadata/schema-primitives.ts';
import type { CategoryOptionCombo, MetadataPackage, OrgUnitPackage } from '../metadata/types.ts';
import { uidOf, type UidKind } from '../metadata/uid.ts';
import { dhis2Messages, named } from './dhis2-messages.ts';
import { Dhis2Notes } from './dhis2-notes.ts';
import { dhis2Shapes, type Dhis2Kind, type Dhis2Object } from './dhis2-shapes.ts';

/** The installation's metadata as stored (what `syt metadata export` prints), the context an import is read against. */
export type MetadataSnapshot = Omit<MetadataPackage, 'categoryOptionCombos'> &
  OrgUnitPackage & { categoryOptionCombos: CategoryOptionCombo[] };

/** One object of the file with its position, for messages and problem paths. */
export interface Located<K extends Dhis2Kind> {
  object: Dhis2Object<K>;
  raw: Record<string, unknown>;
  path: string;
  who: string;
}

export const UID_KINDS: Partial<Record<Dhis2Kind, UidKind>> = {
  categoryOptions: 'categoryOption',
  categories: 'category',
  categoryCombos: 'categoryCombo',
  categoryOptionCombos: 'categoryOptionCombo',
  dataElements: 'dataElement',
  dataSets: 'dataSet',
  organisationUnits: 'orgUnit',
  indicators: 'indicator',
  validationRules: 'validationRule',
};

function storedObjects(stored: MetadataSnapshot, kind: Dhis2Kind): { code: string; uid?: string | undefined }[] {
  switch (kind) {
    case 'categoryOptions':
      return stored.categories.flatMap((c) => c.options);
    case 'categoryOptionCombos':
      return stored.categoryOptionCombos;
    case 'organisationUnits':
      return stored.orgUnits;
    case 'categories':
    case 'categoryCombos':
    case 'dataElements':
    case 'dataSets':
    case 'indicators':
    case 'validationRules':
      return stored[kind];
    default:
      return [];
  }
}

/** Reading state shared by the kind readers. */
export class Dhis2Context {
  readonly notes = new Dhis2Notes();
  private readonly files = new Map<Dhis2Kind, Located<Dhis2Kind>[]>();
  private readonly codes = new Map<Dhis2Kind, Map<string, string>>();
  private readonly storedCodes = new Map<Dhis2Kind, Map<string, string>>();

  constructor(readonly stored: MetadataSnapshot) {}

  /** Validates one collection's shape; a malformed object is a problem and is left out. */
  load<K extends Dhis2Kind>(kind: K, list: unknown): void {
    if (list === undefined) return;
    if (!Array.isArray(list)) return this.notes.refuse(kind, dhis2Messages.notAList(kind));
    const located: Located<K>[] = [];
    const ids = new Set<string>();
    list.forEach((raw, i) => {
      const parsed = dhis2Shapes[kind].safeParse(raw);
      const path = `${kind}[${i}]`;
      if (!parsed.success) return this.refuseShape(path, parsed.error);
      const object = parsed.data as Dhis2Object<K>;
      const who = named(kind, object as { id: string; name?: string });
      if (ids.has(object.id)) return this.notes.refuse(`${path}.id`, dhis2Messages.duplicateId(who));
      ids.add(object.id);
      located.push({ object, raw: raw as Record<string, unknown>, path, who });
    });
    this.files.set(kind, located as unknown as Located<Dhis2Kind>[]);
  }

  private refuseShape(path: string, error: z.ZodError): void {
    for (const issue of error.issues) {
      const at = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
      this.notes.refuse(`${path}${at}`, issue.message);
    }
  }

  /** The file's objects of one kind, in file order. */
  list<K extends Dhis2Kind>(kind: K): Located<K>[] {
    return (this.files.get(kind) ?? []) as unknown as Located<K>[];
  }

  /**
   * Gives every file object of `kind` its SYT code: the stored object's with the same UID, else DHIS2's code,
   * else the UID itself (reported once per kind).
   */
  assignCodes(kind: Dhis2Kind): void {
    const stored = this.storedCodeMap(kind);
    const codes = new Map<string, string>();
    let fromUid = 0;
    for (const { object, path, who } of this.list(kind)) {
      const given = (object as { code?: string }).code;
      const storedCode = stored.get(object.id);
      if (storedCode !== undefined) {
        if (given !== undefined && given !== storedCode)
          this.notes.warn(`${path}.code`, dhis2Messages.codeKept(who, storedCode));
        codes.set(object.id, storedCode);
        continue;
      }
      const schema = kind === 'categories' ? categoryCodeSchema : codeSchema;
      const checked = schema.safeParse(given ?? object.id);
      if (!checked.success)
        this.notes.refuse(`${path}.code`, dhis2Messages.badCode(who, checked.error.issues[0]!.message));
      if (given === undefined) fromUid++;
      codes.set(object.id, given ?? object.id);
    }
    if (fromUid > 0) this.notes.warn(kind, dhis2Messages.codeFromUid(kind, fromUid));
    this.codes.set(kind, codes);
  }

  private storedCodeMap(kind: Dhis2Kind): Map<string, string> {
    let map = this.storedCodes.get(kind);
    const uidKind = UID_KINDS[kind];
    if (!map) {
      map = new Map(uidKind ? storedObjects(this.stored, kind).map((o) => [uidOf(uidKind, o), o.code] as const) : []);
      this.storedCodes.set(kind, map);
    }
    return map;
  }

  /** The SYT code of the object `id` of `kind`, from the file or the stored metadata; undefined when neither has it. */
  codeOf(kind: Dhis2Kind, id: string): string | undefined {
    return this.codes.get(kind)?.get(id) ?? this.storedCodeMap(kind).get(id);
  }

  /** Like `codeOf`, and reports a broken reference at `path` when the id is unknown. */
  resolve(kind: Dhis2Kind, id: string, at: { path: string; who: string }, field: string): string | undefined {
    const code = this.codeOf(kind, id);
    if (code === undefined) this.notes.refuse(`${at.path}.${field}`, dhis2Messages.brokenRef(at.who, field, id));
    return code;
  }

  private readonly levels = new Map<string, number>();

  /** Records the level of an org unit of the file. */
  setLevel(code: string, level: number): void {
    this.levels.set(code, level);
  }

  private storedLevels: Map<string, number> | undefined;

  /** The level of an org unit of the file or stored. */
  levelOf(code: string): number | undefined {
    this.storedLevels ??= new Map(this.stored.orgUnits.map((u) => [u.code, u.level]));
    return this.levels.get(code) ?? this.storedLevels.get(code);
  }

  /** Whether the file declares `id` of `kind`. */
  inFile(kind: Dhis2Kind, id: string): boolean {
    return this.codes.get(kind)?.has(id) ?? false;
  }
}
