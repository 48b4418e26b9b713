/** ADX group attributes → the group's set-level fields (IHE ADX profile, with DHIS2's additions). */
import { fromAdxPeriod } from './adx-period.ts';
import { attributesOf, type XmlNode } from './adx-xml.ts';
import { readCompleteDate } from './header-reader.ts';
import { messages, places, type FieldName } from './messages.ts';
import type { DataValueSetHeader } from './import-options.ts';
import type { AdxGroupHeader, ParseResult } from './types.ts';
import { INVALID, isDefaultCombo, readBoolean, report } from './value-reader.ts';
import { toNfc } from '../vi/nfc.ts';

/** Group attributes with a meaning of their own; any other is an attribute category (`mechanism="…"`). */
const GROUP_ATTRIBUTES = new Set([
  'orgUnit',
  'period',
  'dataSet',
  'completeDate',
  'dataSetComplete',
  'comment',
  'attributeOptionCombo',
]);

// Namespace declarations and foreign attributes (`xsi:…`) are not data.
export const isForeign = (name: string): boolean => name.includes(':') || name === 'xmlns';

/**
 * A group's fields, or null after recording what is wrong with them; problems sit at the group's first value
 * (`first`), and name the group, which the value's location does not.
 */
export function readGroupHeader(
  group: XmlNode,
  position: number,
  first: number | null,
  result: ParseResult,
): AdxGroupHeader | null {
  const attributes = attributesOf(group);
  const where = places.group(position + 1);
  const before = result.problems.length;
  const fail = (field: FieldName, message: string) => report(result, first, field, 'MISSING_FIELD', message);
  const orgUnit = attributes.orgUnit?.trim();
  const adxPeriod = attributes.period?.trim();
  const period = adxPeriod ? fromAdxPeriod(adxPeriod) : null;
  if (!orgUnit) fail('orgUnit', messages.missingField(where, 'orgUnit', 'orgUnit'));
  if (!adxPeriod) fail('period', messages.missingField(where, 'period', 'period'));
  else if (!period) report(result, first, 'period', 'INVALID_PERIOD', messages.invalidAdxPeriod(where, adxPeriod));
  const header: AdxGroupHeader = { position, orgUnit: orgUnit ?? '', period: period ?? '' };
  const dataSet = attributes.dataSet?.trim();
  if (dataSet) header.dataSet = dataSet;
  readCompletion(attributes, header, where, result);
  const comment = attributes.comment;
  if (comment !== undefined && comment !== '') header.comment = toNfc(comment);
  const combo = attributes.attributeOptionCombo?.trim();
  if (combo && !isDefaultCombo(combo)) header.attributeOptionCombo = combo;
  const options = Object.keys(attributes).filter((name) => !GROUP_ATTRIBUTES.has(name) && !isForeign(name));
  if (options.length > 0) {
    header.attributeOptions = Object.fromEntries(options.map((name) => [name, attributes[name]!.trim()]));
  }
  return result.problems.length > before ? null : header;
}

// DHIS2: `dataSetComplete` holds a completion date or true/false; `completeDate` a date.
function readCompletion(
  attributes: Record<string, string>,
  header: AdxGroupHeader,
  where: string,
  result: ParseResult,
): void {
  const complete = attributes.dataSetComplete;
  const flag = complete === undefined ? undefined : readBoolean(complete);
  if (flag !== undefined && flag !== INVALID) header.dataSetComplete = flag;
  const date = flag === INVALID ? complete : attributes.completeDate;
  const key = flag === INVALID ? 'dataSetComplete' : 'completeDate';
  const completeDate = readCompleteDate(date, result.problems, where, key);
  if (completeDate) {
    header.completeDate = completeDate;
    header.dataSetComplete = true;
  }
}

/** The header fields every group shares (data set, completion date), as a JSON document's header would say. */
export function sharedHeader(groups: readonly AdxGroupHeader[]): DataValueSetHeader {
  const header: DataValueSetHeader = {};
  const first = groups[0];
  if (!first) return header;
  if (first.dataSet && groups.every((g) => g.dataSet === first.dataSet)) header.dataSet = first.dataSet;
  if (first.completeDate && groups.every((g) => g.completeDate === first.completeDate)) {
    header.completeDate = first.completeDate;
  }
  return header;
}
