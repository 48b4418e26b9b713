import { PERIOD_FORMS } from '@syt/core/period/index.ts';

/** `báo cáo quý III/2023` → `Báo cáo quý III/2023`: a name opening a sentence. */
const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** Every sentence the server says to a user, in Vietnamese, in one place. */
export const vi = {
  validationFailed: 'Dữ liệu gửi lên không hợp lệ.',
  unauthenticated: 'Bạn cần đăng nhập để tiếp tục.',
  forbidden: 'Bạn không có quyền thực hiện thao tác này.',
  outsideScope: (unit: string) => `Đơn vị "${unit}" nằm ngoài phạm vi được phân quyền của bạn.`,
  csrfInvalid: 'Phiên làm việc không hợp lệ hoặc đã hết hạn (thiếu mã CSRF). Vui lòng tải lại trang.',
  notFound: 'Không tìm thấy địa chỉ yêu cầu.',
  unreadableBody: 'Nội dung yêu cầu không đọc được (JSON sai cú pháp hoặc kiểu nội dung không đúng).',
  internal: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị viên.',
  tooManyRequests: 'Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
  invalidCredentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  attemptsLeft: (n: number) => `Tên đăng nhập hoặc mật khẩu không đúng. Còn ${n} lần thử trước khi tài khoản bị tạm khóa.`,
  accountLocked: (minutes: number) =>
    `Tài khoản đã bị tạm khóa do đăng nhập sai 5 lần liên tiếp. Vui lòng thử lại sau ${minutes} phút.`,
  accountDisabled: 'Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.',
  unknownOrgUnit: (code: string) => `Không tìm thấy đơn vị có mã "${code}".`,
  unknownUser: (id: number | string) => `Không tìm thấy người dùng ${id}.`,
  usernameTaken: (u: string) => `Tên đăng nhập "${u}" đã được sử dụng.`,
  cannotDemoteSelf: 'Bạn không thể tự thay đổi vai trò hoặc khóa tài khoản của chính mình.',
  unknownMetadataKind: (kind: string) => `Loại danh mục "${kind}" không tồn tại.`,
  metadataInvalid: 'Gói danh mục không hợp lệ.',
  unknownDataSet: (code: string) => `Không tìm thấy biểu mẫu có mã "${code}".`,
  invalidPeriod: (code: string) => `Mã kỳ báo cáo không hợp lệ: "${code}". Cần dạng ${PERIOD_FORMS}.`,
  unknownDataElement: (code: string) => `Không tìm thấy phần tử dữ liệu có mã "${code}".`,
  unknownOptionCombo: (code: string, element: string) => `Phân tổ "${code}" không thuộc phần tử dữ liệu "${element}".`,
  elementNotInForm: (element: string, unit: string) => `Phần tử "${element}" không thuộc biểu mẫu nào được giao cho đơn vị ${unit}.`,
  wrongPeriodType: (period: string) => `Kỳ "${period}" không đúng loại kỳ của biểu mẫu.`,
  periodApproved: (form: string, period: string) => `Biểu mẫu "${form}" kỳ ${period} đã được duyệt: số liệu bị khóa.`,
  periodClosed: (closesOn: string) => `Đã hết hạn nhập liệu (hạn cuối ${closesOn}). Liên hệ Sở Y tế để được mở lại.`,
  periodFuture: (period: string) => `Kỳ ${period} chưa bắt đầu: chưa thể nhập số liệu.`,
  formSubmitted: (form: string) => `Biểu mẫu "${form}" đã nộp: cần mở lại trước khi sửa số liệu.`,
  unitNotOpen: (unit: string, period: string) => `Đơn vị ${unit} không hoạt động trong kỳ ${period}: không nhập được số liệu.`,
  formNotAssigned: (form: string, unit: string) => `Biểu mẫu "${form}" không được giao cho đơn vị ${unit}.`,
  submitBlocked: 'Chưa thể nộp: có lỗi kiểm tra mức độ cao cần sửa trước.',
  notSubmitted: 'Biểu mẫu chưa được nộp.',
  alreadySubmitted: 'Biểu mẫu đã được nộp.',
  alreadyApproved: 'Biểu mẫu đã được duyệt.',
  notApprovedOrSubmitted: 'Chỉ mở lại được biểu mẫu đã nộp hoặc đã duyệt.',
  reasonRequired: 'Cần nêu lý do mở lại.',
  unknownItem: (code: string) =>
    `Không tìm thấy "${code}": cần mã phần tử dữ liệu (có thể kèm phân tổ, ví dụ LAO_CASES.AFB_POS) hoặc mã chỉ số.`,
  itemNotNumeric: (code: string) => `Phần tử "${code}" không phải số liệu dạng số nên không tổng hợp được.`,
  rangeReversed: (from: string, to: string) => `Kỳ kết thúc ${to} nằm trước kỳ bắt đầu ${from}.`,
  rangeMixesWeeks: (from: string, to: string) =>
    `Hai đầu khoảng ${from}–${to} phải cùng là tuần, hoặc cùng là kỳ theo tháng, quý, năm: số liệu tuần và số liệu tháng không cộng lẫn.`,
  notMonthly: (code: string) => `Kỳ "${code}" không phải một tháng (dạng NămTháng, ví dụ 202403).`,
  /** The monthly report: its instances, versions, statuses and downloads. */
  report: {
    /** One verb per step, the same in buttons, statuses and errors: Trình ký, Duyệt, Phát hành, Trả lại dự thảo. */
    statusLabels: { draft: 'Dự thảo', submitted: 'Đã trình ký', final: 'Đã duyệt', issued: 'Đã phát hành' } as Record<
      'draft' | 'submitted' | 'final' | 'issued',
      string
    >,
    /** `report`: the report as `reportName` names it (`báo cáo tháng 11/2023`, `báo cáo quý III/2023`). */
    exists: (unit: string, report: string) => `${upperFirst(report)} của ${unit} đã có: mở báo cáo đã lưu để sửa.`,
    notFound: (id: number | string) => `Không tìm thấy báo cáo số ${id}.`,
    versionNotFound: (version: number) => `Báo cáo không có phiên bản ${version}.`,
    versionConflict: (base: number, current: number) =>
      `Báo cáo đã được người khác lưu (phiên bản ${current}, bạn sửa từ phiên bản ${base}): tải lại để xem thay đổi trước khi lưu.`,
    notDraft: 'Báo cáo không còn ở trạng thái dự thảo: cần trả lại dự thảo trước khi sửa.',
    locked: 'Báo cáo đã phát hành: không sửa, không đổi trạng thái được nữa.',
    invalidTransition: (from: string, to: string) => `Không chuyển được báo cáo từ "${from}" sang "${to}".`,
    /** The issue dialog's checks, each naming its field. */
    issue: {
      numberMissing: 'Cần nhập số, ký hiệu văn bản để phát hành (ví dụ 123/BC-SYT).',
      numberFormat: (text: string) => `Số, ký hiệu văn bản "${text}" không đúng dạng: cần số rồi ký hiệu, ví dụ 123/BC-SYT.`,
      dateMissing: 'Cần nhập ngày phát hành.',
      dateInvalid: (text: string) => `Ngày phát hành "${text}" không phải một ngày hợp lệ.`,
      dateFuture: (today: string) => `Ngày phát hành không được sau hôm nay (${today}).`,
      dateBeforePeriod: (first: string, monthly = true) => `Ngày phát hành không được trước ${monthly ? 'tháng' : 'kỳ'} báo cáo (từ ${first}).`,
      numberTaken: (text: string, report: string) =>
        `Số ${text} đã cấp cho ${report} phát hành cùng năm: kiểm tra lại sổ đăng ký văn bản đi.`,
    },
    submittedTitle: (report: string) => `${upperFirst(report)} đã trình ký, chờ duyệt`,
    submittedBody: (unit: string, report: string, by: string) => `${by} trình ký ${report} của ${unit}. Mở báo cáo để duyệt hoặc trả lại dự thảo.`,
    approvedTitle: (report: string) => `${upperFirst(report)} đã được duyệt`,
    approvedBody: (unit: string, report: string, by: string) =>
      `${by} đã duyệt ${report} của ${unit}. Văn thư nhập số, ký hiệu và ngày để phát hành.`,
    returnedTitle: (report: string) => `${upperFirst(report)} được trả lại dự thảo`,
    returnedBody: (unit: string, report: string, by: string) => `${by} trả lại dự thảo ${report} của ${unit} để sửa tiếp.`,
    withdrawnTitle: (report: string) => `${upperFirst(report)} đã được rút lại`,
    withdrawnBody: (unit: string, report: string, by: string) =>
      `${by} rút lại ${report} của ${unit} để sửa tiếp; báo cáo sẽ được trình ký lại sau.`,
    unknownSlot: (slot: string) => `Báo cáo không có mục tự soạn "${slot}".`,
    unknownFormat: (format: string) => `Định dạng "${format}" không hỗ trợ: dùng json, text, md, docx hoặc pdf.`,
    pdfUnavailable: 'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF: hãy tải bản .docx rồi lưu thành PDF.',
    versionRange: 'Cần hai số phiên bản hợp lệ (from, to).',
    fileName: (month: number, year: number, ext: string) => `bao-cao-thang-${month}-${year}.${ext}`,
    /** A periodic report's file: `bao-cao-quy-3-2023.docx`, `bao-cao-6-thang-dau-nam-2023.docx`, … (ASCII for every browser). */
    periodicFileName: (kind: 'quarterly' | 'half-year' | 'nine-month' | 'annual', year: number, quarter: number, ext: string) =>
      `${{ quarterly: `bao-cao-quy-${quarter}`, 'half-year': 'bao-cao-6-thang-dau-nam', 'nine-month': 'bao-cao-9-thang-dau-nam', annual: 'bao-cao-tong-ket-nam' }[kind]}-${year}.${ext}`,
    /** A period code that is not of the report kind's form; `form` from `REPORT_PERIOD_FORMS`. */
    wrongPeriodForKind: (code: string, kindName: string, form: string) => `Kỳ "${code}" không dùng được cho ${kindName}: cần dạng ${form}.`,
    unknownKind: (kind: string) => `Loại báo cáo "${kind}" không có: dùng quarterly, half-year, nine-month hoặc annual.`,
  },
  /** Directives, their tasks, progress updates and attachments. */
  tasks: {
    fileWrongType: (file: string) => `Tệp "${file}" không đúng loại cho phép (PDF, Word, Excel, ảnh JPG/PNG, văn bản .txt).`,
    fileTooLarge: (file: string, mb: string) => `Tệp "${file}" vượt quá dung lượng tối đa ${mb} MB.`,
    fileEmpty: (file: string) => `Tệp "${file}" rỗng.`,
    fileMissing: 'Cần chọn một tệp để tải lên.',
    tooManyFiles: (n: number) => `Chỉ tải lên được tối đa ${n} tệp mỗi lần.`,
    notFound: (id: number | string) => `Không tìm thấy nhiệm vụ số ${id}.`,
    directiveNotFound: (id: number | string) => `Không tìm thấy văn bản chỉ đạo số ${id}.`,
    attachmentNotFound: (id: number | string) => `Không tìm thấy tệp đính kèm số ${id}.`,
    notDraft: 'Nhiệm vụ đã được xác nhận.',
    dayNotInMonth: (day: number, month: number) => `Tháng ${month} không có ngày ${day}.`,
    tooManyTaskRows: (max: number) => `Mỗi lần chỉ giao được tối đa ${max} nhiệm vụ (tính mỗi đơn vị chủ trì một nhiệm vụ).`,
    importType: (file: string) => `Chỉ nhập được văn bản chỉ đạo từ tệp .docx hoặc .txt ("${file}").`,
    importNothing: 'Không tìm thấy mục nhiệm vụ nào (đánh số hoặc gạch đầu dòng) trong văn bản.',
    importUnreadable: (file: string) => `Không đọc được nội dung tệp "${file}".`,
    noFileOnDirective: 'Văn bản chỉ đạo này không có tệp đính kèm.',
    cliBadCommandLine: 'Lệnh không hợp lệ: xem syt tasks list --help.',
    cliUnknownFormat: (format: string) => `Định dạng "${format}" không hỗ trợ: dùng text hoặc json.`,
    cliHeader: ['Số', 'Trạng thái', 'Hạn', 'Đơn vị chủ trì', 'Nhiệm vụ'] as readonly string[],
  },
  /** Who wrote a record when no person did, shown where a person's name would be. */
  systemWriters: {
    demo: 'Dữ liệu mẫu',
    cli: 'Lệnh syt (máy chủ)',
  },
  /** Why the database cannot be reached, with what to do about it. */
  database: {
    missing: (name: string, server: string, createdb: string) =>
      `Cơ sở dữ liệu "${name}" chưa có trên máy chủ PostgreSQL ${server}. Hãy tạo trước rồi chạy lại lệnh, ví dụ: ${createdb}`,
    unreachable: (server: string) =>
      `Không kết nối được máy chủ PostgreSQL ${server}: máy chủ chưa chạy, hoặc địa chỉ trong DATABASE_URL chưa đúng.`,
  },
  /** What the `syt` command line prints. */
  cli: {
    setupDone: 'Đã khởi tạo cơ sở dữ liệu và gói danh mục mặc định.',
    firstAdmin: (username: string, password: string) => `Quản trị viên: ${username} / ${password}`,
    demoKept: 'Cơ sở dữ liệu đã có số liệu: giữ nguyên.',
    demoLoaded: (n: number) => `Đã nạp ${n} giá trị số liệu mẫu.`,
    demoAccounts: (password: string, accounts: string) => `Tài khoản mẫu (mật khẩu ${password}): ${accounts}`,
    userCreated: (username: string) => `Đã tạo người dùng ${username}.`,
    userMissing: (username: string) => `Không tìm thấy người dùng "${username}".`,
    metadataImported: (counts: string) => `Đã nhập: ${counts}`,
    importSummary: (s: { dryRun: boolean; imported: number; updated: number; ignored: number; deleted: number; conflicts: number }) =>
      `${s.dryRun ? 'Chạy thử — ' : ''}Đã nhập: ${s.imported}, cập nhật: ${s.updated}, bỏ qua: ${s.ignored}, đã xóa: ${s.deleted}, lỗi: ${s.conflicts}`,
    flagged: (dryRun: boolean, n: number) =>
      `${n} giá trị nằm ngoài ngưỡng thường gặp ${dryRun ? 'sẽ được' : 'đã được'} đánh dấu cần theo dõi (xem trang Chất lượng số liệu).`,
    wholeFile: 'Tệp',
    formsSubmitted: (dryRun: boolean, n: number) => `${dryRun ? 'Sẽ đánh dấu' : 'Đã đánh dấu'} đã nộp ${n} biểu mẫu:`,
    submittedForm: (f: { dataSetName: string; orgUnitName: string; period: string }) => `${f.dataSetName} — ${f.orgUnitName}, kỳ ${f.period}`,
    moreForms: (n: number) => `  … và ${n} biểu mẫu khác`,
    exported: (n: number) => `Đã xuất ${n} giá trị.`,
    unknownFormat: 'Không nhận ra định dạng tệp: dùng --format json|csv|adx|xlsx.',
    running: (address: string) => `SYT đang chạy tại ${address}`,
    clockFrom: (start: string) => `Đồng hồ của máy chủ bắt đầu từ ${start} (SYT_NOW).`,
    error: (message: string) => `Lỗi: ${message}`,
    badJson: (message: string) => `Lỗi: tệp không phải JSON hợp lệ (${message})`,
    reportFrom: (source: 'stored' | 'fresh', version?: number) =>
      source === 'stored' ? `Dùng báo cáo đã lưu (phiên bản ${version}).` : 'Báo cáo viết mới từ số liệu hiện có.',
    reportWritten: (file: string) => `Đã ghi báo cáo ra ${file}.`,
    binaryNeedsOutput: 'Định dạng docx/pdf cần tùy chọn -o <tệp> (hoặc chuyển hướng đầu ra chuẩn vào tệp).',
    optionRequired: (flag: string) => `Thiếu tùy chọn ${flag}.`,
    badCommandLine: (command = 'monthly') => `Lệnh không hợp lệ: xem syt report ${command} --help.`,
  },
  /** Reporting requests (yêu cầu báo cáo): the request, its unit groups, the units' submissions and files. */
  requests: {
    notFound: (id: number | string) => `Không tìm thấy yêu cầu báo cáo số ${id}.`,
    unitTwice: (code: string) => `Đơn vị "${code}" đã có trong một nhóm khác của yêu cầu này: mỗi đơn vị chỉ thuộc một nhóm.`,
    oneTargetRound: 'Mỗi yêu cầu chỉ có một đợt đề xuất chỉ tiêu.',
    fieldUnitNotHealthUnit: (code: string) => `Đơn vị ${code} không phải đơn vị tuyến tỉnh nên không thống nhất chỉ tiêu theo lĩnh vực.`,
    fieldUnitNotAddressed: (code: string) => `Đơn vị thống nhất chỉ tiêu ${code} phải là một đơn vị nhận yêu cầu này.`,
    fieldItemNotInRound: (item: string) => `Chỉ tiêu ${item} không thuộc đợt đề xuất của yêu cầu.`,
    fieldItemTwice: (item: string) => `Chỉ tiêu ${item} đã có đơn vị khác thống nhất.`,
    deadlineBeforeDate: (deadline: string, date: string) => `Hạn nộp ${deadline} không được trước ngày của công văn (${date}).`,
    unitNotInRequest: (code: string) => `Đơn vị "${code}" không thuộc nhóm đơn vị nào phải báo cáo theo yêu cầu này.`,
    ownUnitOnly: (unit: string) => `Bạn chỉ nộp được báo cáo của đơn vị mình, không nộp thay "${unit}".`,
    unknownDeliverable: (index: number) => `Yêu cầu không có sản phẩm thứ ${index + 1}.`,
    notFileDeliverable: (index: number) => `Sản phẩm thứ ${index + 1} là biểu mẫu nhập liệu, không đính kèm tệp mẫu được.`,
    fileRequired: 'Cần chọn ít nhất một tệp báo cáo để nộp.',
    oneTemplate: 'Mỗi lần chỉ đính kèm một tệp mẫu.',
    fileNotFound: 'Không tìm thấy tệp này trong yêu cầu báo cáo.',
  },
  /** Reminders (in-app and mailed) and the home page's "Việc cần làm". */
  notifications: {
    notFound: (id: number | string) => `Không tìm thấy thông báo số ${id}.`,
    autoOverdue: (label: string) => `Hệ thống tự động chuyển trạng thái sang "${label}" vì đã qua hạn hoàn thành.`,
    taskDueSoon: (title: string, date: string) => `Nhiệm vụ "${title}" đến hạn ngày ${date}`,
    taskDue: (title: string, date: string) => `Nhiệm vụ "${title}" đến hạn hôm nay (${date})`,
    taskOverdue: (title: string, date: string) => `Nhiệm vụ "${title}" đã quá hạn (hạn ${date})`,
    taskBody: (lead: string, date: string, label: string) => `Đơn vị chủ trì: ${lead}. Hạn: ${date} (${label}).`,
    taskAssigned: (title: string) => `Nhiệm vụ mới được giao: "${title}"`,
    taskAssignedBody: (lead: string, deadline: string, by: string) => `Đơn vị chủ trì: ${lead}. Thời hạn: ${deadline}. Người giao: ${by}.`,
    taskProgress: (title: string) => `Nhiệm vụ "${title}" có báo cáo tiến độ mới`,
    taskComment: (title: string) => `Nhiệm vụ "${title}" có ý kiến chỉ đạo mới`,
    taskUpdateBody: (by: string, status: string | null, text: string) =>
      `${by}${status ? ` (trạng thái: ${status})` : ''}: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`,
    requestDueSoon: (subject: string, date: string) => `Yêu cầu báo cáo "${subject}" đến hạn nộp ngày ${date}`,
    requestDue: (subject: string, date: string) => `Yêu cầu báo cáo "${subject}" đến hạn nộp hôm nay (${date})`,
    requestOverdue: (subject: string, date: string) => `Yêu cầu báo cáo "${subject}" đã quá hạn nộp (hạn ${date})`,
    requestBody: (unit: string, date: string, label: string) => `Đơn vị ${unit} chưa nộp báo cáo. Hạn nộp: ${date} (${label}).`,
    daysLeft: (n: number) => `còn ${n} ngày`,
    dueToday: 'đến hạn hôm nay',
    overdueDays: (n: number) => `quá hạn ${n} ngày`,
    formTitle: (form: string, period: string) => `Biểu mẫu "${form}" kỳ ${period}`,
    mailFooter: (link: string) => `Xem chi tiết: ${link}\n\nThư gửi tự động từ hệ thống báo cáo của Sở Y tế; vui lòng không trả lời thư này.`,
  },
  field: {
    required: 'Trường này là bắt buộc.',
    username: 'Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang.',
    role: 'Vai trò không hợp lệ.',
    email: 'Địa chỉ e-mail không hợp lệ (ví dụ: ten@soyte.kontum.gov.vn).',
  },
} as const;
