/** ADX XML → data values: groups give org unit, period and data set; category attributes give the option combo. */
import { fromAdxPeriod } from './adx-period.ts';
import { attributesOf, childrenOf, childText, readAdxTree, type AdxTree, type XmlNode } from './adx-xml.ts';
import { joinOptions } from './combo-resolver.ts';
import { messages, places, type FieldName } from './messages.ts';
import { stripBom } from './text.ts';
import type { ComboResolver, ParseResult } from './types.ts';
import { PeriodCodes, readDataValue, report, type ReadContext } from './value-reader.ts';

const GROUP_ATTRIBUTES = new Set(['orgUnit', 'period', 'dataSet', 'completeDate']);
const VALUE_ATTRIBUTES = new Set(['dataElement', 'value']);

// Namespace declarations and foreign attributes (`xsi:…`) are not data.
const isForeign = (name: string): boolean => name.includes(':') || name === 'xmlns';

/** Where a group's values belong, once its attributes have passed their checks. */
interface GroupPlace {
  orgUnit: string;
  period: string;
  dataSet?: string;
}

/**
 * Reads an ADX document; `resolver` says which categories each element's option combo has, in order.
 * Never throws: what is wrong comes back in `problems`.
 */
export function parseAdx(text: string, resolver: ComboResolver): ParseResult {
  const result: ParseResult = { values: [], problems: [] };
  const tree = readAdxTree(stripBom(text), result.problems);
  if (!tree) return result;
  const reader = new AdxValueReader(tree, resolver, result);
  let index = 0;
  tree.groups.forEach((group, position) => {
    const dataValues = childrenOf(group, tree.name('dataValue'));
    const place = readGroupPlace(group, position, dataValues.length > 0 ? index : null, result);
    for (const dataValue of dataValues) {
      if (place) reader.read(dataValue, index, place);
      index += 1;
    }
  });
  return result;
}

// A group's org unit and period (as a DHIS2 code), or null after recording what is wrong with them.
function readGroupPlace(
  group: XmlNode,
  position: number,
  first: number | null,
  result: ParseResult,
): GroupPlace | null {
  const attributes = attributesOf(group);
  const where = places.group(position + 1);
  const fail = (field: FieldName, message: string) => report(result, first, field, 'MISSING_FIELD', message);
  const orgUnit = attributes.orgUnit?.trim();
  const adxPeriod = attributes.period?.trim();
  const period = adxPeriod ? fromAdxPeriod(adxPeriod) : null;
  if (!orgUnit) fail('orgUnit', messages.missingField(where, 'orgUnit', 'orgUnit'));
  if (!adxPeriod) fail('period', messages.missingField(where, 'period', 'period'));
  else if (!period) report(result, first, 'period', 'INVALID_PERIOD', messages.invalidAdxPeriod(where, adxPeriod));
  // Other group attributes are categories of an attribute option combo, which this system does not store.
  const extra = Object.keys(attributes).filter((name) => !GROUP_ATTRIBUTES.has(name) && !isForeign(name));
  for (const name of extra) {
    const message = messages.unsupportedAttributeCombo(where, `${name}=${attributes[name]}`);
    report(result, first, 'attributeOptionCombo', 'UNSUPPORTED_ATTRIBUTE_COMBO', message);
  }
  if (!orgUnit || !period || extra.length > 0) return null;
  const dataSet = attributes.dataSet?.trim();
  return dataSet ? { orgUnit, period, dataSet } : { orgUnit, period };
}

/** Reads dataValue elements, asking the resolver once per data element. */
class AdxValueReader {
  private readonly categories = new Map<string, readonly string[]>();
  private readonly ctx: ReadContext;

  constructor(
    private readonly tree: AdxTree,
    private readonly resolver: ComboResolver,
    private readonly result: ParseResult,
  ) {
    this.ctx = {
      problems: result.problems,
      place: (index) => places.item(index + 1),
      key: (field: FieldName) => field,
      periods: new PeriodCodes(),
    };
  }

  /** Reads one dataValue element at `index` in the file into `result`. */
  read(node: XmlNode, index: number, place: GroupPlace): void {
    const attributes = attributesOf(node);
    const dataElement = attributes.dataElement?.trim();
    const combo = dataElement ? this.comboOf(dataElement, attributes, index) : undefined;
    const comment = childText(node, this.tree.name('annotation'));
    const { orgUnit, period, dataSet } = place;
    const raw = { dataElement, period, orgUnit, categoryOptionCombo: combo, value: attributes.value, comment };
    const value = readDataValue(raw, index, this.ctx, dataSet);
    if (value && combo !== null) this.result.values.push(value);
  }

  // The option combo named by the category attributes, or null after recording what is missing or extra.
  private comboOf(dataElement: string, attributes: Record<string, string>, index: number): string | null {
    const categories = this.categoriesOf(dataElement);
    const before = this.ctx.problems.length;
    const fail = (code: 'MISSING_CATEGORY' | 'UNKNOWN_CATEGORY', message: string) =>
      report(this.ctx, index, 'categoryOptionCombo', code, message);
    const options = categories.map((category) => {
      const option = attributes[category]?.trim();
      if (!option) fail('MISSING_CATEGORY', messages.missingCategory(this.ctx.place(index), category, dataElement));
      return option ?? '';
    });
    for (const name of Object.keys(attributes)) {
      if (VALUE_ATTRIBUTES.has(name) || isForeign(name) || categories.includes(name)) continue;
      fail('UNKNOWN_CATEGORY', messages.unknownCategory(this.ctx.place(index), name, dataElement));
    }
    return this.ctx.problems.length === before ? joinOptions(options) : null;
  }

  private categoriesOf(dataElement: string): readonly string[] {
    let categories = this.categories.get(dataElement);
    if (!categories) {
      categories = this.resolver.categoriesOf(dataElement);
      this.categories.set(dataElement, categories);
    }
    return categories;
  }
}
