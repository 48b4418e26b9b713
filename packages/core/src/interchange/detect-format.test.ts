import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.ts';

// One byte per character; a BOM becomes its three UTF-8 bytes.
const bytes = (text: string): Uint8Array =>
  Uint8Array.from(text.replace('\uFEFF', '\xEF\xBB\xBF'), (c) => c.charCodeAt(0));

describe('detectFormat', () => {
  it.each([
    ['du-lieu.json', 'json'],
    ['DU-LIEU.CSV', 'csv'],
    ['bao-cao.xml', 'adx'],
    ['bao-cao.adx', 'adx'],
    ['bieu-mau.xlsx', 'xlsx'],
  ])('knows %s by its extension', (name, format) => {
    expect(detectFormat(name, '')).toBe(format);
  });

  it.each([
    ['{"dataValues":[]}', 'json'],
    ['\uFEFF  {"dataValues":[]}', 'json'],
    ['<?xml version="1.0"?>\n<adx xmlns="urn:ihe:qrph:adx:2015">', 'adx'],
    ['<a:adx xmlns:a="urn:ihe:qrph:adx:2015">', 'adx'],
    ['dataelement,period,orgunit\n', 'csv'],
    ['LAO_CASES,202311,615,,,3', 'csv'],
    ['PK\x03\x04\x14\x00', 'xlsx'],
  ])('sniffs %j', (content, format) => {
    expect(detectFormat('tai-len', content)).toBe(format);
    expect(detectFormat('tai-len.bin', bytes(content))).toBe(format);
  });

  it('skips a UTF-8 byte order mark given as bytes', () => {
    expect(detectFormat('x', Uint8Array.of(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toBe('json');
  });

  it('returns null for anything else', () => {
    expect(detectFormat('ghi-chu.txt', 'xin chào')).toBeNull();
    expect(detectFormat('x', '<html><body/></html>')).toBeNull();
    expect(detectFormat('x', new Uint8Array())).toBeNull();
  });
});
