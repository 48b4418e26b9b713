/** Data values → ADX XML. fast-xml-parser's builder writes the XML; this file decides what goes in it. */
import { XMLBuilder } from 'fast-xml-parser';
import { groupForAdx, type AdxGroup, type AdxValue } from './adx-groups.ts';
import { toAdxPeriod } from './adx-period.ts';
import { ADX_NAMESPACE, ATTRIBUTES, VALUE_ATTRIBUTES, type XmlNode } from './adx-xml.ts';
import { splitOptionCombo } from './combo-resolver.ts';
import { InterchangeError } from './errors.ts';
import { exportMessages } from './messages.ts';
import type { ComboResolver } from './types.ts';

/** What the IHE schema allows in `value`: an xs:decimal (`12`, `-0.5`, `.5`, `+3.`), no exponent. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The placeholder DHIS2 writes in `value` when the value itself is text, carried in `<annotation>`. */
const TEXT_PLACEHOLDER = '0';

/** Document-level choices for `toAdx`. */
export interface AdxOptions {
  /** Data set of the groups whose values name none. */
  dataSet?: string;
  /** The `exported` timestamp (ISO 8601); defaults to now. */
  exported?: string;
}

// The builder's default escapes, plus line breaks and tabs as character references: XML parsers turn raw ones
// inside attribute values into spaces, and `\r\n` in text into `\n`.
const ENTITIES = [
  ['&', '&amp;'],
  ['>', '&gt;'],
  ['<', '&lt;'],
  ["'", '&apos;'],
  ['"', '&quot;'],
  ['\r', '&#13;'],
  ['\n', '&#10;'],
  ['\t', '&#9;'],
].map(([char, val]) => ({ regex: new RegExp(char!, 'g'), val }));

// An XML attribute name that is not one of dataValue's own.
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * An ADX document: one group per org unit, period, data set and attribute option combo, sorted; category
 * attributes from `resolver`. Numbers go in `value`; text, booleans and dates as DHIS2 writes them: `value="0"`
 * and the text in `<annotation>`. Comments, follow-up, audit fields and deletions go in the dataValue attributes
 * DHIS2 reads them from (`comment="…"`), never in the annotation, which DHIS2 reads as the value. Throws
 * `InterchangeError` when a period, option combo or value cannot be expressed in ADX.
 */
export function toAdx(values: readonly AdxValue[], resolver: ComboResolver, options: AdxOptions = {}): string {
  const nodes = new AdxNodes(resolver);
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributesGroupName: ATTRIBUTES,
    attributeNamePrefix: '',
    suppressEmptyNode: true,
    // The builder writes an attribute whose value is the text `true` bare (`<dataValue value>`), which is not XML.
    suppressBooleanAttributes: false,
    entities: ENTITIES,
  } as ConstructorParameters<typeof XMLBuilder>[0]);
  const exported = options.exported ?? new Date().toISOString();
  return builder.build({
    '?xml': { [ATTRIBUTES]: { version: '1.0', encoding: 'UTF-8' } },
    adx: {
      [ATTRIBUTES]: { xmlns: ADX_NAMESPACE, exported },
      group: groupForAdx(values, options.dataSet).map((group) => nodes.group(group)),
    },
  });
}

/** Builds the builder's input, converting each distinct period and option combo once. */
class AdxNodes {
  private readonly periods = new Map<string, string>();
  private readonly combos = new Map<string, Record<string, string>>();

  constructor(private readonly resolver: ComboResolver) {}

  /** One `group` element with its `dataValue` children. */
  group(group: AdxGroup): XmlNode {
    const attributes: Record<string, string> = { orgUnit: group.orgUnit, period: this.period(group.period) };
    if (group.dataSet !== undefined) attributes.dataSet = group.dataSet;
    if (group.attributeOptionCombo !== undefined) attributes.attributeOptionCombo = group.attributeOptionCombo;
    return { [ATTRIBUTES]: attributes, dataValue: group.values.map((value) => this.dataValue(value)) };
  }

  private dataValue(value: AdxValue): XmlNode {
    const isNumber = this.isNumber(value);
    const attributes = {
      dataElement: value.dataElement,
      ...this.categories(value),
      value: isNumber ? value.value : TEXT_PLACEHOLDER,
      ...dhis2Fields(value),
    };
    return isNumber ? { [ATTRIBUTES]: attributes } : { [ATTRIBUTES]: attributes, annotation: { '#text': value.value } };
  }

  // A decimal, unless the metadata says the element holds text; a number element's text value cannot be written.
  private isNumber({ dataElement, value }: AdxValue): boolean {
    const numeric = this.resolver.isNumeric?.(dataElement);
    if (numeric === false || !DECIMAL.test(value)) {
      if (numeric === true)
        throw new InterchangeError('VALUE_NOT_NUMBER', exportMessages.valueNotNumber(dataElement, value));
      return false;
    }
    return true;
  }

  private period(code: string): string {
    let adx = this.periods.get(code);
    if (adx === undefined) {
      adx = toAdxPeriod(code) ?? undefined;
      if (adx === undefined) throw new InterchangeError('INVALID_PERIOD', exportMessages.invalidPeriod(code));
      this.periods.set(code, adx);
    }
    return adx;
  }

  // Category code → option code for the value's option combo.
  private categories({ dataElement, categoryOptionCombo }: AdxValue): Record<string, string> {
    const key = `${dataElement}\u0000${categoryOptionCombo}`;
    let attributes = this.combos.get(key);
    if (attributes === undefined) {
      const categories = this.resolver.categoriesOf(dataElement);
      const options = splitOptionCombo(this.resolver, categories, categoryOptionCombo);
      if (!options) {
        throw new InterchangeError(
          'COMBO_MISMATCH',
          exportMessages.comboMismatch(dataElement, categoryOptionCombo, categories),
        );
      }
      attributes = Object.fromEntries(categories.map((category, i) => [checkedName(category), options[i]!]));
      this.combos.set(key, attributes);
    }
    return attributes;
  }
}

// The DHIS2 fields a value carries, as the dataValue attributes DHIS2 reads; absent ones left out.
function dhis2Fields(value: AdxValue): Record<string, string> {
  const fields: Record<string, string> = {};
  if (value.comment !== undefined) fields.comment = value.comment;
  if (value.storedBy !== undefined) fields.storedBy = value.storedBy;
  if (value.created !== undefined) fields.created = value.created;
  if (value.lastUpdated !== undefined) fields.lastUpdated = value.lastUpdated;
  if (value.followup !== undefined) fields.followup = String(value.followup);
  if (value.deleted !== undefined) fields.deleted = String(value.deleted);
  return fields;
}

function checkedName(category: string): string {
  if (XML_NAME.test(category) && !VALUE_ATTRIBUTES.has(category)) return category;
  throw new InterchangeError('BAD_CATEGORY_CODE', exportMessages.badCategoryCode(category));
}
