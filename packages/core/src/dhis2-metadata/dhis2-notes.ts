/** Problems (the import is refused) and warnings (something was not kept) found while reading DHIS2 metadata. */
import { BOOKKEEPING_PROPERTIES } from './dhis2-shapes.ts';
import { dhis2Messages } from './dhis2-messages.ts';

export interface Dhis2Note {
  /** Where, in the file: `dataElements[3].categoryCombo`, or a kind (`organisationUnits`) for a grouped warning. */
  path: string;
  /** Vietnamese, shown to the administrator as is. */
  message: string;
}

/** Collects notes while the reader walks the file. */
export class Dhis2Notes {
  readonly problems: Dhis2Note[] = [];
  readonly warnings: Dhis2Note[] = [];
  /** `kind property` → how many objects carried it. */
  private readonly unused = new Map<string, number>();

  refuse(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  warn(path: string, message: string): void {
    this.warnings.push({ path, message });
  }

  /** Counts the properties of `object` SYT has no place for; empty values say nothing and are not counted. */
  unusedProperties(kind: string, object: Record<string, unknown>, used: readonly string[], prefix = ''): void {
    for (const [key, value] of Object.entries(object)) {
      if (used.includes(key) || BOOKKEEPING_PROPERTIES.has(key) || isEmpty(value)) continue;
      const id = `${kind} ${prefix}${key}`;
      this.unused.set(id, (this.unused.get(id) ?? 0) + 1);
    }
  }

  /** The warnings, grouped unused properties last (one per kind and property). */
  allWarnings(): Dhis2Note[] {
    const grouped = [...this.unused].map(([id, count]) => {
      const [kind, property] = id.split(' ') as [string, string];
      return { path: kind, message: dhis2Messages.unusedProperty(kind, property, count) };
    });
    return [...this.warnings, ...grouped];
  }
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}
