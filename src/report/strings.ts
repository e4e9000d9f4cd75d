import type { RequirementKind, ScenarioResult } from '../scenario/types.js';

/** A report language (`--lang`). */
export type Lang = 'en' | 'vi';

export type Area = 'connection' | 'lookup' | 'matching' | 'portal' | 'lien-thong';

/** How one check counts in the report, from its verdict, its requirement's kind and the scenario's expected failure. */
export type CheckOutcome = 'pass' | 'fail' | 'expected-fail' | 'reported-fail' | 'info';

/** A requirement's verdict over the whole run. */
/** `partial`: every check that ran passed, but some of the requirement's scenarios were left out by the filters. */
export type RequirementVerdict = 'pass' | 'partial' | 'fail' | 'expected-fail' | 'reported' | 'skipped' | 'not-run';

/** Every fixed string a report prints, in one language. */
export interface Strings {
  readonly reportTitle: string;
  readonly sut: string;
  readonly seed: string;
  readonly started: string;
  readonly duration: string;
  readonly result: string;
  readonly overview: string;
  readonly requirement: string;
  readonly requirements: string;
  readonly scenario: string;
  readonly scenarios: string;
  readonly checks: string;
  readonly kind: string;
  readonly sources: string;
  readonly whatIsChecked: string;
  readonly evidence: string;
  readonly data: string;
  readonly rawJournal: string;
  readonly reason: string;
  readonly failures: string;
  readonly reportedSection: string;
  readonly noScenario: string;
  readonly noChecks: string;
  readonly notInCatalogue: string;
  readonly harnessAssumption: string;
  readonly derivedShort: string;
  readonly pilotNotGate: string;
  readonly calibrationNotGate: string;
  readonly expectedFailure: string;
  readonly expectedNowPassing: string;
  readonly observed: string;
  readonly published: string;
  readonly column: { readonly pass: string; readonly fail: string; readonly skipped: string; readonly error: string; readonly info: string };
  readonly timeline: { readonly title: string; readonly attempt: string; readonly time: string; readonly status: string; readonly retryAfter: string; readonly waited: string; readonly key: string };
  readonly journal: { readonly time: string; readonly method: string; readonly path: string; readonly status: string; readonly duration: string; readonly fault: string; readonly violations: string };
  readonly suiteVerdict: { readonly pass: string; readonly fail: string };
  readonly requirementVerdict: Readonly<Record<RequirementVerdict, string>>;
  readonly checkOutcome: Readonly<Record<CheckOutcome, string>>;
  readonly scenarioStatus: Readonly<Record<ScenarioResult['status'], string>>;
  readonly kindName: Readonly<Record<RequirementKind, string>>;
  readonly kindNote: Readonly<Record<RequirementKind, string>>;
  readonly areaName: Readonly<Record<Area, string>>;
  readonly seconds: string;
  readonly decimal: string;
  readonly thousands: string;
  moreCalls(n: number): string;
  calls(n: number): string;
  notRun(n: number): string;
  timedOutAfter(ms: string): string;
}

const en: Strings = {
  reportTitle: 'vn06 compliance report',
  sut: 'System under test',
  seed: 'Seed',
  started: 'Started',
  duration: 'Duration',
  result: 'Result',
  overview: 'Overview',
  requirement: 'Requirement',
  requirements: 'Requirements',
  scenario: 'Scenario',
  scenarios: 'Scenarios',
  checks: 'Checks',
  kind: 'Kind',
  sources: 'Sources',
  whatIsChecked: 'What is checked',
  evidence: 'Evidence',
  data: 'Data',
  rawJournal: 'Requests and responses in full (JSON)',
  reason: 'reason',
  failures: 'Failures',
  reportedSection: 'Reported, not gating',
  noScenario: 'No scenario ran for this requirement.',
  noChecks: 'no checks recorded',
  notInCatalogue: 'not in the requirement catalogue',
  harnessAssumption: 'Harness assumption: the sources do not state this check.',
  derivedShort: 'derived by the harness',
  pilotNotGate: 'pilot: reported, not a gate',
  calibrationNotGate: 'calibration: reported, not a gate',
  expectedFailure: 'expected failure',
  expectedNowPassing: 'expected failure now passing: remove it from the expect-fail file',
  observed: 'observed',
  published: 'published',
  column: { pass: 'pass', fail: 'fail', skipped: 'skipped', error: 'error', info: 'info' },
  timeline: { title: 'Retry timelines', attempt: '#', time: 'Time', status: 'Status', retryAfter: 'Retry-After', waited: 'Waited', key: 'Idempotency key' },
  journal: { time: 'Time', method: 'Method', path: 'Path', status: 'Status', duration: 'Duration', fault: 'Fault', violations: 'Violations' },
  suiteVerdict: { pass: 'PASS', fail: 'FAIL' },
  requirementVerdict: {
    pass: 'Pass',
    partial: 'Pass in part (scenarios left out)',
    fail: 'Fail',
    'expected-fail': 'Known gap',
    reported: 'Reported',
    skipped: 'Skipped',
    'not-run': 'Not checked',
  },
  checkOutcome: { pass: 'Pass', fail: 'Fail', 'expected-fail': 'Expected failure', 'reported-fail': 'Reported', info: 'Info' },
  scenarioStatus: { pass: 'pass', fail: 'fail', error: 'error', timeout: 'timed out', skipped: 'skipped' },
  kindName: { duty: 'duty', derived: 'derived', pilot: 'pilot', calibration: 'calibration' },
  kindNote: {
    duty: 'The source puts this obligation on the procedure system or its integrator.',
    derived: 'Derived by the harness: the source puts the duty on another body; the harness checks the integrator behaviour it implies.',
    pilot: 'Pilot: reported, not a gate.',
    calibration: 'Calibration: the published figure is shown beside the observed one, never pass or fail.',
  },
  areaName: {
    connection: 'Connection and security',
    lookup: 'Lookup and verification',
    matching: 'Data matching and cleansing',
    portal: 'Portal, dossiers and data reuse',
    'lien-thong': 'Interconnected procedures (liên thông)',
  },
  seconds: 's',
  decimal: '.',
  thousands: ',',
  moreCalls: (n) => `… ${n} more ${n === 1 ? 'call' : 'calls'}`,
  calls: (n) => `${n} ${n === 1 ? 'call' : 'calls'}`,
  notRun: (n) => `${n} ${n === 1 ? 'requirement' : 'requirements'} of the catalogue not run`,
  timedOutAfter: (ms) => `timed out after ${ms}`,
};

const vi: Strings = {
  reportTitle: 'Báo cáo kiểm tra tuân thủ vn06',
  sut: 'Hệ thống được kiểm tra',
  seed: 'Giá trị khởi tạo (seed)',
  started: 'Bắt đầu',
  duration: 'Thời lượng',
  result: 'Kết quả',
  overview: 'Tổng quan',
  requirement: 'Yêu cầu',
  requirements: 'Yêu cầu',
  scenario: 'Kịch bản',
  scenarios: 'Kịch bản',
  checks: 'Phép kiểm tra',
  kind: 'Loại',
  sources: 'Nguồn',
  whatIsChecked: 'Nội dung kiểm tra',
  evidence: 'Bằng chứng',
  data: 'Dữ liệu',
  rawJournal: 'Toàn bộ lượt gọi và phản hồi (JSON)',
  reason: 'lý do',
  failures: 'Không đạt',
  reportedSection: 'Ghi nhận, không tính đạt hay không đạt',
  noScenario: 'Không có kịch bản nào chạy cho yêu cầu này.',
  noChecks: 'không có phép kiểm tra nào được ghi nhận',
  notInCatalogue: 'không có trong danh mục yêu cầu',
  harnessAssumption: 'Giả định của bộ kiểm thử: các văn bản nguồn không quy định phép kiểm tra này.',
  derivedShort: 'do bộ kiểm thử suy ra',
  pilotNotGate: 'thí điểm: chỉ ghi nhận, không phải điều kiện đạt',
  calibrationNotGate: 'hiệu chỉnh: chỉ ghi nhận, không phải điều kiện đạt',
  expectedFailure: 'lỗi đã biết',
  expectedNowPassing: 'lỗi đã biết nay đã đạt: hãy xoá khỏi tệp lỗi đã biết',
  observed: 'đo được',
  published: 'công bố',
  column: { pass: 'đạt', fail: 'không đạt', skipped: 'bỏ qua', error: 'lỗi', info: 'thông tin' },
  timeline: { title: 'Diễn biến gửi lại', attempt: 'Lần', time: 'Thời điểm', status: 'Mã trạng thái', retryAfter: 'Chờ theo Retry-After', waited: 'Đã chờ', key: 'Khóa idempotency' },
  journal: {
    time: 'Thời điểm',
    method: 'Phương thức',
    path: 'Đường dẫn',
    status: 'Mã trạng thái',
    duration: 'Thời lượng',
    fault: 'Lỗi giả lập',
    violations: 'Vi phạm',
  },
  suiteVerdict: { pass: 'ĐẠT', fail: 'KHÔNG ĐẠT' },
  requirementVerdict: {
    pass: 'Đạt',
    partial: 'Đạt một phần (có kịch bản chưa chạy)',
    fail: 'Không đạt',
    'expected-fail': 'Lỗi đã biết',
    reported: 'Ghi nhận',
    skipped: 'Bỏ qua',
    'not-run': 'Chưa kiểm tra',
  },
  checkOutcome: { pass: 'Đạt', fail: 'Không đạt', 'expected-fail': 'Lỗi đã biết', 'reported-fail': 'Ghi nhận', info: 'Thông tin' },
  scenarioStatus: { pass: 'đạt', fail: 'không đạt', error: 'lỗi', timeout: 'quá thời gian', skipped: 'bỏ qua' },
  kindName: { duty: 'nghĩa vụ', derived: 'suy ra', pilot: 'thí điểm', calibration: 'hiệu chỉnh' },
  kindNote: {
    duty: 'Văn bản nguồn đặt nghĩa vụ này cho hệ thống giải quyết thủ tục hành chính hoặc đơn vị tích hợp.',
    derived:
      'Do bộ kiểm thử suy ra: văn bản nguồn giao nhiệm vụ cho cơ quan khác; bộ kiểm thử kiểm tra hành vi mà nhiệm vụ đó đòi hỏi ở hệ thống tích hợp.',
    pilot: 'Thí điểm: chỉ ghi nhận, không phải điều kiện đạt.',
    calibration: 'Hiệu chỉnh: số liệu công bố được đặt cạnh số liệu đo được, không đánh giá đạt hay không đạt.',
  },
  areaName: {
    connection: 'Kết nối và bảo đảm an toàn',
    lookup: 'Tra cứu và xác thực',
    matching: 'Đối soát và làm sạch dữ liệu',
    portal: 'Cổng Dịch vụ công, hồ sơ và tái sử dụng dữ liệu',
    'lien-thong': 'Thủ tục liên thông',
  },
  seconds: 'giây',
  decimal: ',',
  thousands: '.',
  moreCalls: (n) => `… và ${n} lượt gọi khác`,
  calls: (n) => `${n} lượt gọi`,
  notRun: (n) => `${n} yêu cầu trong danh mục không được chạy`,
  timedOutAfter: (ms) => `quá thời gian sau ${ms}`,
};

/** The fixed strings of every report, by language. */
export const strings: Readonly<Record<Lang, Strings>> = { en, vi };
