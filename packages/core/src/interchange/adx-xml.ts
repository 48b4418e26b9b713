/** ADX as XML: the namespace, and reading a document into its groups with fast-xml-parser. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { messages } from './messages.ts';
import type { InterchangeProblem } from './types.ts';
import { isBlank } from './text.ts';
import { report } from './value-reader.ts';

/** The ADX namespace (IHE QRPH ADX profile, 2015). */
export const ADX_NAMESPACE = 'urn:ihe:qrph:adx:2015';

/**
 * A dataValue's attributes that are not categories: the ADX profile's own, and the DHIS2 fields DHIS2 reads
 * from ADX data values as it does from its own XML.
 */
export const VALUE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'dataElement',
  'value',
  'categoryOptionCombo',
  'attributeOptionCombo',
  'comment',
  'storedBy',
  'created',
  'lastUpdated',
  'followup',
  'deleted',
]);

/** Where fast-xml-parser puts an element's attributes, both ways. */
export const ATTRIBUTES = '@';

/** An element as fast-xml-parser gives it: attributes under `@`, children under their (prefixed) names. */
export type XmlNode = Record<string, unknown>;

/** The groups of an ADX document, and the element names it uses (with its namespace prefix, if any). */
export interface AdxTree {
  groups: XmlNode[];
  /** The qualified name of an ADX element: `dataValue`, or `adx:dataValue` in a prefixed document. */
  name(local: string): string;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

const asNode = (value: unknown): XmlNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : {};

/** The element's attributes (text; fast-xml-parser leaves them unconverted). */
export function attributesOf(node: XmlNode): Record<string, string> {
  return asNode(node[ATTRIBUTES]) as Record<string, string>;
}

/** The element's children of one name, as elements; text where an element belongs counts as an empty one. */
export function childrenOf(node: XmlNode, name: string): XmlNode[] {
  const children = node[name];
  return Array.isArray(children) ? children.map(asNode) : [];
}

/** The text inside the first child of that name, or undefined when there is none. */
export function childText(node: XmlNode, name: string): string | undefined {
  const child = node[name];
  const first: unknown = Array.isArray(child) ? child[0] : child;
  if (typeof first === 'string') return first;
  const text = asNode(first)['#text'];
  return typeof text === 'string' ? text : undefined;
}

function newParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributesGroupName: ATTRIBUTES,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false, // annotations keep their spaces and line breaks
    htmlEntities: true, // also decodes numeric references such as &#10;
    isArray: (name) => ['group', 'dataValue'].includes(localName(name)),
  });
}

/** Reads and checks an ADX document; on failure records one problem and returns null. */
export function readAdxTree(text: string, problems: InterchangeProblem[]): AdxTree | null {
  const sink = { problems };
  if (isBlank(text)) return report(sink, null, 'file', 'EMPTY_FILE', messages.emptyFile());
  // fast-xml-parser's parser tolerates unclosed tags; the validator does not.
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { line, col } = validation.err;
    const message =
      Number.isInteger(line) && Number.isInteger(col)
        ? messages.unreadableXml(line, col)
        : messages.unreadableXmlAnywhere();
    return report(sink, null, 'file', 'MALFORMED_FILE', message);
  }
  let doc: XmlNode;
  try {
    doc = asNode(newParser().parse(text));
  } catch {
    return report(sink, null, 'file', 'MALFORMED_FILE', messages.unreadableXmlAnywhere());
  }
  const rootName = Object.keys(doc).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  const root = rootName === undefined ? {} : asNode(doc[rootName]);
  const prefix = rootName?.includes(':') ? rootName.slice(0, rootName.indexOf(':')) : '';
  const namespace = attributesOf(root)[prefix ? `xmlns:${prefix}` : 'xmlns'];
  if (rootName === undefined || localName(rootName) !== 'adx' || namespace !== ADX_NAMESPACE) {
    return report(sink, null, 'file', 'WRONG_STRUCTURE', messages.notAdx());
  }
  const name = (local: string): string => (prefix ? `${prefix}:${local}` : local);
  return { groups: childrenOf(root, name('group')), name };
}
