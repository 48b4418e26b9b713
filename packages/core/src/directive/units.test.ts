import { describe, expect, it } from 'vitest';
import { unitMentions, type NamedUnit } from './units.ts';

const UNITS: NamedUnit[] = [
  { code: '62', name: 'Tỉnh Kon Tum', level: 1 },
  { code: '608', name: 'Thành phố Kon Tum', level: 2 },
  { code: '615', name: 'Đăk Hà', level: 2 },
  { code: '612', name: 'Đăk Tô', level: 2 },
  { code: 'CDC', name: 'Trung tâm Kiểm soát bệnh tật tỉnh', level: 2 },
  { code: 'ATTP', name: 'Chi cục ATVSTP', level: 2 },
  { code: 'BVDK', name: 'Bệnh viện Đa khoa tỉnh Kon Tum', level: 2 },
  { code: 'BVTT', name: 'Bệnh viện Tâm thần tỉnh', level: 2 },
  { code: 'BVYHCT', name: 'Bệnh viện Y dược cổ truyền - Phục hồi chức năng', level: 2 },
  { code: 'BVLBP', name: 'Bệnh viện Lao và Bệnh phổi', level: 2 },
  { code: 'BVLT', name: 'Bệnh viện Lao tỉnh', level: 2 },
];
const districts = [
  { code: '608', name: 'Thành phố Kon Tum' },
  { code: '615', name: 'Đăk Hà' },
  { code: '612', name: 'Đăk Tô' },
];
const mentions = (text: string) => unitMentions(text, UNITS).map((m) => [m.text, m.units.map((u) => u.code)]);
const roles = (text: string) => unitMentions(text, UNITS).map((m) => [m.text, m.role]);

describe('unitMentions', () => {
  it('matches a provincial unit by its name or its abbreviation', () => {
    expect(mentions('Trung tâm Kiểm soát bệnh tật báo cáo kết quả')).toEqual([['Trung tâm Kiểm soát bệnh tật', ['CDC']]]);
    expect(mentions('CDC tỉnh giám sát dịch')).toEqual([['CDC tỉnh', ['CDC']]]);
    expect(mentions('Chi cục An toàn vệ sinh thực phẩm kiểm tra Tết')).toEqual([['Chi cục An toàn vệ sinh thực phẩm', ['ATTP']]]);
  });

  it('reads "các TTYT huyện" and its variants as every district', () => {
    const all = districts.map((d) => d.code);
    expect(mentions('Các TTYT huyện giám sát sốt xuất huyết')).toEqual([['Các TTYT huyện', all]]);
    expect(mentions('Các Trung tâm y tế huyện, thị, thành phố chủ động tham mưu')).toEqual([['Các Trung tâm y tế huyện, thị, thành phố', all]]);
    expect(mentions('Trung tâm Y tế các huyện báo cáo')).toEqual([['Trung tâm Y tế các huyện', all]]);
    expect(unitMentions('Các TTYT huyện báo cáo', UNITS)[0]?.units).toEqual(districts);
  });

  it('reads a named district health centre as its district', () => {
    expect(mentions('TTYT huyện Đắk Hà và Trung tâm Y tế thành phố Kon Tum phối hợp')).toEqual([
      ['TTYT huyện Đắk Hà', ['615']],
      ['Trung tâm Y tế thành phố Kon Tum', ['608']],
    ]);
  });

  it('keeps a name that matches no org unit, with none, and names each unit once', () => {
    expect(mentions('Trung tâm Y tế huyện; Ủy ban nhân dân các xã')).toEqual([['Trung tâm Y tế huyện', []]]);
    expect(mentions('Trung tâm Pháp y thực hiện giám định; Trung tâm Pháp y báo cáo')).toEqual([['Trung tâm Pháp y', []]]);
  });

  it('makes the units asked to work with others coordinating, through a list, and the rest leading', () => {
    expect(roles('TTYT huyện Đăk Hà phối hợp với Trung tâm Kiểm soát bệnh tật và Chi cục ATVSTP kiểm tra')).toEqual([
      ['TTYT huyện Đăk Hà', 'LEAD'],
      ['Trung tâm Kiểm soát bệnh tật', 'COORDINATE'],
      ['Chi cục ATVSTP', 'COORDINATE'],
    ]);
    expect(roles('Phối hợp giám sát dịch; Trung tâm Kiểm soát bệnh tật tổng hợp báo cáo')).toEqual([['Trung tâm Kiểm soát bệnh tật', 'LEAD']]);
  });

  it('reads a hospital by the words after its kind, "các bệnh viện" as every one, and guesses none when two fit', () => {
    expect(mentions('Bệnh viện Tâm thần khẩn trương hoàn thành')).toEqual([['Bệnh viện Tâm thần', ['BVTT']]]);
    expect(mentions('BVĐK tỉnh triển khai bệnh án điện tử')).toEqual([['BVĐK tỉnh', ['BVDK']]]);
    expect(mentions('Bệnh viện Đa khoa tỉnh Kon Tum, Bệnh viện Y dược cổ truyền báo cáo')).toEqual([
      ['Bệnh viện Đa khoa tỉnh Kon Tum', ['BVDK']],
      ['Bệnh viện Y dược cổ truyền', ['BVYHCT']],
    ]);
    expect(mentions('Các bệnh viện đa khoa tuyến tỉnh triển khai')).toEqual([['Các bệnh viện đa khoa', ['BVDK']]]);
    expect(mentions('Các bệnh viện rà soát trang thiết bị')).toEqual([['Các bệnh viện', ['BVDK', 'BVTT', 'BVYHCT', 'BVLBP', 'BVLT']]]);
    // No hospital of this name: the words are kept for the reviewer, with no unit.
    expect(mentions('Bệnh viện ĐKKV Bồng Sơn bàn giao mặt bằng')).toEqual([['Bệnh viện', []]]);
    // "Lao" fits two hospitals equally: nothing is guessed; "Lao và Bệnh phổi" is one.
    expect(mentions('Bệnh viện Lao báo cáo')).toEqual([['Bệnh viện Lao', []]]);
    expect(mentions('Bệnh viện Lao và Bệnh phổi báo cáo')).toEqual([['Bệnh viện Lao và Bệnh phổi', ['BVLBP']]]);
    // A health centre is not a hospital, and "bv" inside a word is nothing.
    expect(mentions('Hệ thống ABV mới')).toEqual([]);
  });

  it('finds no unit in a text naming none, nor inside a longer word', () => {
    expect(mentions('Tăng cường công tác kiểm tra, thanh tra')).toEqual([]);
    expect(mentions('Hệ thống ABCDC mới')).toEqual([]);
  });
});
