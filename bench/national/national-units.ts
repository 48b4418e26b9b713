/**
 * The country after the 2025 reorganisation: 34 provinces (official codes and names) and 3,321 communes under them.
 * Commune names are generated ("Xã 12 (Gia Lai)"): no official list of the new communes is kept in the project.
 */
import type { OrgUnitPackage } from '../../packages/core/src/metadata/types.ts';

/** The 34 provinces and centrally run cities, by their administrative code. */
export const PROVINCES: readonly (readonly [code: string, name: string])[] = [
  ['01', 'Thành phố Hà Nội'],
  ['04', 'Tỉnh Cao Bằng'],
  ['08', 'Tỉnh Tuyên Quang'],
  ['11', 'Tỉnh Điện Biên'],
  ['12', 'Tỉnh Lai Châu'],
  ['14', 'Tỉnh Sơn La'],
  ['15', 'Tỉnh Lào Cai'],
  ['19', 'Tỉnh Thái Nguyên'],
  ['20', 'Tỉnh Lạng Sơn'],
  ['22', 'Tỉnh Quảng Ninh'],
  ['24', 'Tỉnh Bắc Ninh'],
  ['25', 'Tỉnh Phú Thọ'],
  ['31', 'Thành phố Hải Phòng'],
  ['33', 'Tỉnh Hưng Yên'],
  ['37', 'Tỉnh Ninh Bình'],
  ['38', 'Tỉnh Thanh Hóa'],
  ['40', 'Tỉnh Nghệ An'],
  ['42', 'Tỉnh Hà Tĩnh'],
  ['44', 'Tỉnh Quảng Trị'],
  ['46', 'Thành phố Huế'],
  ['48', 'Thành phố Đà Nẵng'],
  ['51', 'Tỉnh Quảng Ngãi'],
  ['52', 'Tỉnh Gia Lai'],
  ['56', 'Tỉnh Khánh Hòa'],
  ['66', 'Tỉnh Đắk Lắk'],
  ['68', 'Tỉnh Lâm Đồng'],
  ['75', 'Tỉnh Đồng Nai'],
  ['79', 'Thành phố Hồ Chí Minh'],
  ['80', 'Tỉnh Tây Ninh'],
  ['82', 'Tỉnh Đồng Tháp'],
  ['86', 'Tỉnh Vĩnh Long'],
  ['91', 'Tỉnh An Giang'],
  ['92', 'Thành phố Cần Thơ'],
  ['96', 'Tỉnh Cà Mau'],
];
export const COMMUNE_COUNT = 3321;

/** How many communes each province gets: 3,321 spread as evenly as integers allow. */
export function communesPerProvince(): number[] {
  const base = Math.floor(COMMUNE_COUNT / PROVINCES.length);
  const extra = COMMUNE_COUNT % PROVINCES.length;
  return PROVINCES.map((_, i) => base + (i < extra ? 1 : 0));
}

const shortName = (name: string) => name.replace(/^(Tỉnh|Thành phố) /, '');

/** Provinces at level 1, communes at level 2 (the two-tier local government since 07/2025), open since 2004. */
export function nationalOrgUnits(monthlyDataSets: readonly string[]): OrgUnitPackage {
  const counts = communesPerProvince();
  const orgUnits: OrgUnitPackage['orgUnits'] = [];
  const communes: string[] = [];
  PROVINCES.forEach(([code, name], p) => {
    orgUnits.push({
      code,
      name,
      sentenceName: name.charAt(0).toLowerCase() + name.slice(1),
      level: 1,
      parent: null,
      sortOrder: p + 1,
      openingDate: '2004-01-01',
      closingDate: null,
      successors: [],
    });
    for (let i = 0; i < counts[p]!; i++) {
      const commune = `${code}${String(i + 1).padStart(3, '0')}`;
      communes.push(commune);
      orgUnits.push({
        code: commune,
        name: `Xã ${i + 1} (${shortName(name)})`,
        level: 2,
        parent: code,
        sortOrder: i + 1,
        openingDate: '2004-01-01',
        closingDate: null,
        successors: [],
      });
    }
  });
  return { orgUnits, dataSetAssignments: Object.fromEntries(monthlyDataSets.map((ds) => [ds, communes])) };
}
