/** ADX XML → data values: groups give org unit, period and data set; category attributes give the option combo. */
import { isForeign, readGroupHeader, sharedHeader } from './adx-group-reader.ts';
import {
  attributesOf,
  childrenOf,
  childText,
  readAdxTree,
  VALUE_ATTRIBUTES,
  type AdxTree,
  type XmlNode,
} from './adx-xml.ts';
import { joinOptions } from './combo-resolver.ts';
import { AT_LOCATION, messages, places, type FieldName } from './messages.ts';
import { stripBom } from './text.ts';
import type { AdxGroupHeader, ComboResolver, ParseResult } from './types.ts';
import { PeriodCodes, readDataValue, report, type ReadContext } from './value-reader.ts';

/**
 * Reads an ADX document; `resolver` says which categories each element's option combo has, in order.
 * Never throws: what is wrong comes back in `problems`.
 */
export function parseAdx(text: string, resolver: ComboResolver): ParseResult {
  const result: ParseResult = { values: [], problems: [], groups: [] };
  result.locate = (index) => places.item(index + 1);
  const tree = readAdxTree(stripBom(text), result.problems);
  if (!tree) return result;
  const reader = new AdxValueReader(tree, resolver, result);
  let index = 0;
  tree.groups.forEach((group, position) => {
    const dataValues = childrenOf(group, tree.name('dataValue'));
    const header = readGroupHeader(group, position, dataValues.length > 0 ? index : null, result);
    if (header) result.groups!.push(header);
    for (const dataValue of dataValues) {
      if (header) reader.read(dataValue, index, header);
      index += 1;
    }
  });
  result.header = sharedHeader(result.groups!);
  return result;
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
      place: () => AT_LOCATION,
      key: (field: FieldName) => field,
      periods: new PeriodCodes(),
    };
  }

  /**
   * Reads one dataValue element at `index` in the file into `result`. As DHIS2 reads ADX: the annotation is the
   * value of a text element (its `value` attribute only a placeholder number); `comment`, `storedBy`, `followup`
   * … are the value's DHIS2 fields; the group's `comment` is the comment of each value that has none. For a
   * number element the annotation is a comment, as SYT wrote comments there before following DHIS2; without
   * metadata, an annotation is the value.
   */
  read(node: XmlNode, index: number, group: AdxGroupHeader): void {
    const attributes = attributesOf(node);
    const dataElement = attributes.dataElement?.trim();
    const combo = dataElement ? this.comboOf(dataElement, attributes, index) : undefined;
    const annotation = childText(node, this.tree.name('annotation'));
    const numeric = dataElement === undefined ? undefined : this.resolver.isNumeric?.(dataElement);
    const isText = annotation !== undefined && numeric !== true;
    const { orgUnit, period, dataSet, attributeOptionCombo } = group;
    const raw = {
      dataElement,
      period,
      orgUnit,
      categoryOptionCombo: combo,
      attributeOptionCombo: attributes.attributeOptionCombo ?? attributeOptionCombo,
      value: isText ? annotation : attributes.value,
      comment: attributes.comment ?? (isText ? undefined : annotation) ?? group.comment,
      storedBy: attributes.storedBy,
      created: attributes.created,
      lastUpdated: attributes.lastUpdated,
      followup: attributes.followup,
      deleted: attributes.deleted,
    };
    const value = readDataValue(raw, index, this.ctx, dataSet);
    if (!value || combo === null) return;
    if (group.attributeOptions) value.attributeOptions = { ...group.attributeOptions };
    this.result.values.push(value);
  }

  // The option combo named by the category attributes, or null after recording what is missing or extra.
  private comboOf(dataElement: string, attributes: Record<string, string>, index: number): string | null {
    const named = attributes.categoryOptionCombo?.trim();
    if (named) return this.namedCombo(dataElement, named, attributes, index);
    if (this.resolver.knows?.(dataElement) === false) return this.unknownElementCombo(attributes);
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

  // `categoryOptionCombo="…"` names the combo itself; category attributes beside it would say it twice.
  private namedCombo(
    dataElement: string,
    combo: string,
    attributes: Record<string, string>,
    index: number,
  ): string | null {
    const before = this.ctx.problems.length;
    for (const name of Object.keys(attributes)) {
      if (VALUE_ATTRIBUTES.has(name) || isForeign(name)) continue;
      const message = messages.unknownCategory(this.ctx.place(index), name, dataElement);
      report(this.ctx, index, 'categoryOptionCombo', 'UNKNOWN_CATEGORY', message);
    }
    return this.ctx.problems.length === before ? combo : null;
  }

  // An element the metadata lacks: its categories cannot be checked, and the server refuses the element by name.
  private unknownElementCombo(attributes: Record<string, string>): string {
    const options = Object.keys(attributes).filter((name) => !VALUE_ATTRIBUTES.has(name) && !isForeign(name));
    return joinOptions(options.map((name) => attributes[name]!.trim()));
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
