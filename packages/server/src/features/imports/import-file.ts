import { comboResolverFromMetadata, parseAdx, parseDataValueSetJson, parseDhis2Csv, type InterchangeFormat, type ParsedValue } from '@syt/core/interchange/index.ts';
import { readFormWorkbook } from '../../render/form-workbook.ts';
import { checkArchive } from '../attachments/archive-limits.ts';
import { readPackage } from '../metadata/metadata-read.repository.ts';
import type { Executor } from '../metadata/upsert.ts';
import { importMessages as m } from './import.messages.ts';
import type { ImportInput } from './import.service.ts';

/** Reads an uploaded file of any supported format into values, problems and a way to point at value N. */
export async function readImportFile(db: Executor, format: InterchangeFormat, data: Buffer): Promise<ImportInput> {
  if (format === 'xlsx') return readWorkbook(data);
  const text = data.toString('utf8');
  if (format === 'json') return parseDataValueSetJson(text);
  if (format === 'csv') return parseDhis2Csv(text);
  return parseAdx(text, comboResolverFromMetadata(await readPackage(db)));
}

/** An Excel form: each filled input cell is a value; conflicts name the sheet and the cell. */
async function readWorkbook(data: Buffer): Promise<ImportInput> {
  // exceljs inflates the whole archive in memory: a zip bomb is refused (400 on `file`) before it gets there.
  await checkArchive(data);
  const book = await readFormWorkbook(data);
  if (!book) return { values: [], problems: [{ index: null, field: 'file', code: 'WRONG_STRUCTURE', message: m.notSytForm }] };
  const values: ParsedValue[] = book.cells.map((c, index) => ({
    index,
    dataElement: c.dataElement,
    categoryOptionCombo: c.categoryOptionCombo,
    orgUnit: book.orgUnit,
    period: book.period,
    value: c.raw,
    dataSet: book.dataSet,
  }));
  const locate = (i: number) => `Trang "${book.cells[i]!.sheet}", ô ${book.cells[i]!.address}`;
  return { values, problems: [], locate };
}
