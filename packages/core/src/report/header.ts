/** The header an officer starts from: derived from the org unit, overridden by the department's settings. */
import type { ReportUnit } from './figures.ts';
import type { ReportHeader } from './model.ts';

/** `Tỉnh Kon Tum` → `Kon Tum`: the place name of the place-and-date line. */
export function placeName(unitName: string): string {
  return unitName.replace(/^(Tỉnh|Thành phố)\s+/u, '');
}

/** Defaults for a provincial Department of Health's monthly report. */
export function defaultReportHeader(unit: Pick<ReportUnit, 'name'>): ReportHeader {
  return {
    superiorBody: `UBND ${unit.name.toLocaleUpperCase('vi')}`,
    issuingBody: 'SỞ Y TẾ',
    documentNumber: '',
    documentSymbol: 'BC-SYT',
    place: placeName(unit.name),
    date: null,
    recipients: ['Bộ Y tế', 'Thường trực Tỉnh ủy', 'Thường trực HĐND tỉnh', 'Thường trực UBND tỉnh'],
    distribution: ['Như trên', 'Giám đốc, các Phó Giám đốc Sở', 'Các đơn vị trực thuộc Sở', 'Lưu: VT, KHTC'],
    signerTitle: ['GIÁM ĐỐC'],
    signerName: '',
  };
}

/** The header with the settings' non-empty fields laid over the defaults. */
export function mergeHeader(base: ReportHeader, overrides: Partial<ReportHeader>): ReportHeader {
  const merged: ReportHeader = { ...base };
  for (const [key, value] of Object.entries(overrides) as [keyof ReportHeader, ReportHeader[keyof ReportHeader]][]) {
    if (value === undefined) continue;
    (merged as unknown as Record<string, unknown>)[key] = value;
  }
  return merged;
}
