/**
 * A small hand-made report for the renderers' tests: a footnote, a run-in heading, free text, an empty section
 * (numbering must close the gap), plan items and a two-line signer title. Independent of the section writers.
 */
import type { ReportDocument, Section } from '../model.ts';
import { testReport, testSection as section } from '../testing/report-document.ts';

const TCM_TEXT =
  'Tay - Chân - Miệng: Trong tháng, ghi nhận 17 ca mắc mới. Lũy tích đến 30/11/2023, ghi nhận 142 ca mắc, tăng 78 ca so với cùng kỳ năm trước.';

/** The fixture document; its free text is typed decomposed (NFD) on purpose, the renderers must print NFC. */
export function fixtureReport(): ReportDocument {
  return testReport(fixtureSections(), {
    header: {
      superiorBody: 'UBND TỈNH KON TUM',
      issuingBody: 'SỞ Y TẾ',
      documentNumber: '',
      documentSymbol: 'BC-SYT',
      place: 'Kon Tum',
      date: '2023-12-05',
      recipients: ['Bộ Y tế', 'Thường trực Tỉnh ủy;', 'Thường trực UBND tỉnh'],
      distribution: ['Như trên', 'Lưu: VT, KHTC', 'Giám đốc, các Phó Giám đốc Sở'],
      signerTitle: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      signerName: 'Nguyễn Văn An',
    },
    opening:
      'Sở Y tế báo cáo tình hình thực hiện nhiệm vụ tháng 11 năm 2023 và nhiệm vụ công tác trọng tâm tháng 12 năm 2023 của ngành Y tế tỉnh Kon Tum như sau:',
    plan: {
      title: 'Kế hoạch công tác tháng 12 năm 2023',
      items: [
        'Tiếp tục thực hiện tốt công tác kiểm soát dịch bệnh.',
        '',
        'Tổng kết đánh giá kết quả hoạt động y tế năm 2023',
      ],
    },
  });
}

function fixtureSections(): Section[] {
  const footnoteAt = TCM_TEXT.indexOf(', tăng 78');
  return [
    section('prevention', 'Công tác y tế dự phòng', [], {
      children: [
        section('disease', 'Tình hình dịch bệnh tháng 11 năm 2023:', [
          {
            kind: 'generated',
            id: 'disease.TCM',
            sentences: [
              {
                text: `- ${TCM_TEXT}`,
                figures: [{ item: 'TCM', span: 'month', value: 17 }],
                footnotes: [{ at: footnoteAt + 2, text: 'thành phố Kon Tum 40, Ngọc Hồi 52, Đăk Glei 50' }],
              },
            ],
          },
        ]),
        section('immunisation', 'Tiêm chủng mở rộng:', [{ kind: 'free', slot: 'immunisation', hint: '', text: '  ' }]),
        section('hiv', 'Phòng chống HIV/AIDS:', [
          {
            kind: 'free',
            slot: 'hiv',
            hint: '',
            text: '- Tổ chức tập huấn tư vấn xét nghiệm HIV.\n\n- Giám sát hỗ trợ tuyến huyện.'.normalize('NFD'),
          },
        ]),
      ],
    }),
    section('food-safety', 'An toàn vệ sinh thực phẩm:', [{ kind: 'free', slot: 'food-safety', hint: '', text: '' }]),
    section(
      'medical-services',
      'Khám chữa bệnh:',
      [
        {
          kind: 'free',
          slot: 'medical-services',
          hint: '',
          text: 'Thực hiện 86.384 lượt khám bệnh.\nCông suất sử dụng giường bệnh 91,3%.',
        },
      ],
      { runIn: true },
    ),
    section('other', 'Các nhiệm vụ trọng tâm khác', [
      { kind: 'free', slot: 'other', hint: '', text: '- Kiện toàn nhân sự lãnh đạo một số bệnh viện tuyến tỉnh.' },
    ]),
  ];
}

/** The golden November 2023 report with what staff would add (free text, plan tasks, a signer) for a realistic print. */
export function previewReport(doc: ReportDocument): ReportDocument {
  const fill = (sections: Section[]): Section[] =>
    sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) =>
        b.kind === 'free' && PREVIEW_FREE_TEXT[b.slot] ? { ...b, text: PREVIEW_FREE_TEXT[b.slot]! } : b,
      ),
      children: fill(s.children),
    }));
  return {
    ...doc,
    header: { ...doc.header, signerTitle: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signerName: 'Nguyễn Văn An' },
    results: { ...doc.results, sections: fill(doc.results.sections) },
    plan: { ...doc.plan, items: PREVIEW_PLAN },
  };
}

const PREVIEW_FREE_TEXT: Record<string, string> = {
  ncd: '- Tổ chức các lớp tập huấn nâng cao năng lực phát hiện, quản lý điều trị một số BKLN tại 05 huyện Đăk Glei, Ngọc Hồi, Tu Mơ Rông, Đăk Tô và Đăk Hà.',
  communication:
    'Phối hợp với Đài Phát thanh - Truyền hình tỉnh thực hiện 01 phóng sự tuyên truyền về phòng chống bệnh đái tháo đường.',
  other:
    '- Kiện toàn nhân sự lãnh đạo một số bệnh viện tuyến tỉnh theo quy định của Đảng, Nhà nước về công tác cán bộ.',
};

const PREVIEW_PLAN = [
  'Tiếp tục thực hiện tốt công tác kiểm soát dịch bệnh, tăng cường công tác khám chữa bệnh bảo hiểm y tế, bảo đảm an toàn thực phẩm và phòng chống ngộ độc thực phẩm',
  'Tổng kết đánh giá kết quả triển khai các hoạt động y tế năm 2023 và phương hướng, nhiệm vụ năm 2024',
];
