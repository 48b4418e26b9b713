import type { Dhis2WebMessage } from '@syt/core/api/dhis2.ts';
import { FieldsSyntaxError, parseFields, selectFields } from '@syt/core/dhis2-query/fields.ts';
import { FilterSyntaxError, matchesFilters, parseFilter, type Filter } from '@syt/core/dhis2-query/filter.ts';
import { paginate } from '@syt/core/dhis2-query/paging.ts';
import type { Database } from '../../../db/database.ts';
import { badRequest } from '../../../errors.ts';
import type { Actor } from '../../access/access.policy.ts';
import { dhis2Messages as m } from '../dhis2.messages.ts';
import { presentDhis2Objects, resolverOf, type Dhis2Collection } from './dhis2-metadata.presenter.ts';
import { readDhis2Metadata } from './dhis2-metadata.repository.ts';
import type { ListQuery } from './dhis2-metadata.schema.ts';

/** DHIS2's default selection of a list, and of one object. */
const LIST_FIELDS = 'id,displayName';
const OBJECT_FIELDS = '*';

function fieldsOf(text: string) {
  try {
    return parseFields(text);
  } catch (error) {
    if (error instanceof FieldsSyntaxError) throw badRequest(m.badFields(text), [{ field: 'fields', message: m.badFields(text) }]);
    throw error;
  }
}

function filtersOf(raw: ListQuery['filter']): Filter[] {
  return (raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]).map((text) => {
    try {
      return parseFilter(text);
    } catch (error) {
      if (!(error instanceof FilterSyntaxError)) throw error;
      const message = error.reason === 'operator' ? m.badFilterOperator(text) : m.badFilter(text);
      throw badRequest(message, [{ field: 'filter', message }]);
    }
  });
}

function sortKey(order: string | undefined): { field: string; direction: 1 | -1 } {
  const [field = 'name', direction = 'asc'] = (order ?? 'name:asc').split(':');
  return { field, direction: direction.toLowerCase().endsWith('desc') ? -1 : 1 };
}

/**
 * One DHIS2 metadata list (`/api/dataSets` …) as DHIS2 answers it: `{ pager, dataSets: [...] }`, or without the pager
 * when `paging=false`. Org units (and data sets' units) are limited to the caller's scope.
 */
export async function listDhis2Objects(
  db: Database, actor: Actor, collection: Dhis2Collection, query: ListQuery, pageUrl: (page: number) => string,
): Promise<Record<string, unknown>> {
  const fields = fieldsOf(query.fields ?? LIST_FIELDS);
  const filters = filtersOf(query.filter);
  const objects = presentDhis2Objects(await readDhis2Metadata(db, actor.scopePath));
  const resolve = resolverOf(objects);
  const junction = query.rootJunction?.toUpperCase() === 'OR' ? 'OR' : 'AND';
  const { field, direction } = sortKey(query.order);
  const matching = [...objects[collection].values()]
    .filter((o) => matchesFilters(o, filters, junction, resolve))
    .sort((a, b) => direction * compareValues(a[field], b[field]));
  const select = (o: Record<string, unknown>) => selectFields(o, fields, resolve);
  if (query.paging === false) return { [collection]: matching.map(select) };
  const { pager, items } = paginate(matching, query.page, query.pageSize, pageUrl);
  return { pager, [collection]: items.map(select) };
}

const collator = new Intl.Collator('vi');
function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a ?? ''), String(b ?? ''));
}

/** One object by UID (`/api/dataSets/{uid}`), all its fields unless `fields` says otherwise; null when not visible. */
export async function getDhis2Object(
  db: Database, actor: Actor, collection: Dhis2Collection, uid: string, fieldsText: string | undefined,
): Promise<Record<string, unknown> | null> {
  const fields = fieldsOf(fieldsText ?? OBJECT_FIELDS);
  const objects = presentDhis2Objects(await readDhis2Metadata(db, actor.scopePath));
  const object = objects[collection].get(uid);
  return object ? selectFields(object, fields, resolverOf(objects)) : null;
}

/** DHIS2's 404 answer for an object that is not there (or outside the caller's scope). */
export function notFoundMessage(collection: Dhis2Collection, uid: string): Dhis2WebMessage<never> {
  const message = m.unknownObject(m.kindNames[collection] ?? collection, uid);
  return { httpStatus: 'Not Found', httpStatusCode: 404, status: 'ERROR', message };
}
