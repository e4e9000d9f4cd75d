import type { JournalEntry } from '../../src/mock/journal.js';
import type { Requirement, ScenarioResult, SuiteResult } from '../../src/scenario/types.js';

/** A markup-breaking, accented message: every report must escape it and keep the Vietnamese as it is. */
export const nasty = `Không hỏi "sổ hộ khẩu" <b>&'tạm trú'</b>`;

/** A small catalogue with one row of each kind, a harness assumption and a row no scenario runs. */
export const catalogue: readonly Requirement[] = [
  {
    id: 'R-CONN-2',
    area: 'connection',
    kind: 'duty',
    sources: ['CT05 A15', 'CV452 2'],
    title: { en: 'Security assessed before connecting to the NPD', vi: 'Đánh giá an toàn thông tin trước khi kết nối CSDLQG về dân cư' },
    check: { en: 'Harness assumption: no credentials in URLs.', vi: 'Giả định của bộ kiểm thử: không để thông tin xác thực trong URL.' },
    harnessAssumption: true,
  },
  {
    id: 'R-CONN-3',
    area: 'connection',
    kind: 'derived',
    sources: ['CV452 3, 5th indent'],
    title: { en: 'Portal runs without congestion', vi: 'Cổng vận hành thông suốt, không tắc nghẽn' },
    check: { en: 'Backs off on 429/503 and honours Retry-After.', vi: 'Giãn thời gian thử lại khi gặp 429/503 và tuân theo Retry-After.' },
    harnessAssumption: false,
  },
  {
    id: 'R-LOOK-2',
    area: 'lookup',
    kind: 'duty',
    sources: ['CT05 A11', 'BC2060 I.2(1)'],
    title: { en: 'No household book required', vi: 'Không yêu cầu xuất trình sổ hộ khẩu' },
    check: { en: 'No submission asks for the household book.', vi: 'Không hồ sơ nào yêu cầu sổ hộ khẩu.' },
    harnessAssumption: false,
  },
  {
    id: 'R-LOOK-3',
    area: 'lookup',
    kind: 'duty',
    sources: ['CT05 C3'],
    title: { en: 'No confirmation of the 9-digit ID', vi: 'Không yêu cầu xác nhận số CMND 9 số' },
    check: { en: 'Accepts the 12-digit number.', vi: 'Chấp nhận số định danh 12 số.' },
    harnessAssumption: false,
  },
  {
    id: 'R-MATCH-5',
    area: 'matching',
    kind: 'calibration',
    sources: ['BC2060 I.2(5)'],
    title: { en: 'Share of lookups matched', vi: 'Tỷ lệ yêu cầu tra cứu khớp dữ liệu' },
    check: { en: 'Observed match rate beside the published one.', vi: 'Tỷ lệ khớp đo được đặt cạnh tỷ lệ công bố.' },
    harnessAssumption: false,
  },
  {
    id: 'R-PORT-4',
    area: 'portal',
    kind: 'duty',
    sources: ['BTTTT 18'],
    title: { en: 'Three notification channels', vi: 'Ba kênh thông báo' },
    check: { en: 'Email, SMS and portal notice.', vi: 'Thư điện tử, tin nhắn và thông báo trên Cổng.' },
    harnessAssumption: false,
  },
  {
    id: 'R-PORT-11',
    area: 'portal',
    kind: 'pilot',
    sources: ['BTTTT 7'],
    title: { en: 'No-paper days', vi: 'Ngày không tiếp nhận hồ sơ giấy' },
    check: { en: 'Paper intake refused on a no-paper day.', vi: 'Từ chối hồ sơ giấy vào ngày không giấy tờ.' },
    harnessAssumption: false,
  },
  {
    id: 'R-LT-5',
    area: 'lien-thong',
    kind: 'duty',
    sources: ['BC2060 I.3(4)'],
    title: { en: 'Known gaps of the two chains', vi: 'Những tồn tại đã biết của hai nhóm thủ tục liên thông' },
    check: { en: 'Meritorious-service deaths are routed correctly.', vi: 'Hồ sơ khai tử người có công được chuyển đúng chế độ.' },
    harnessAssumption: false,
  },
];

/** A journal entry as the mocks record it. */
export function entry(seq: number, status: number, overrides: Partial<JournalEntry> = {}): JournalEntry {
  return {
    seq,
    time: `2024-05-01T10:00:0${seq % 10}.250Z`,
    system: 'portal',
    route: 'submit-dossier',
    method: 'POST',
    path: '/portal/v1/dossiers',
    query: {},
    client: 'procedure-system',
    request: { headers: { authorization: 'Bearer [redacted]' }, body: { hoTen: 'Nguyễn Văn An' } },
    response: { status, headers: status === 429 ? { 'retry-after': '2' } : {}, body: status === 429 ? { code: 'RATE_LIMITED' } : { id: 'HS-1' } },
    durationMs: 3,
    fault: status === 429 ? 'status:429' : null,
    violations: [],
    ...overrides,
  };
}

const retry: ScenarioResult = {
  id: 'connection/retry-backoff',
  title: 'Backs off and honours Retry-After',
  requirements: ['R-CONN-3'],
  status: 'fail',
  durationMs: 1234,
  checks: [
    { requirement: 'R-CONN-3', verdict: 'pass', message: 'bounds its retries' },
    {
      requirement: 'R-CONN-3',
      verdict: 'fail',
      message: 'backs off on 429',
      derived: true,
      evidence: { journal: [entry(1, 429), entry(2, 429), entry(3, 429), entry(4, 429), entry(5, 201)], data: { gapsMs: [0, 1, 1, 2] } },
    },
  ],
};

const token: ScenarioResult = {
  id: 'connection/token-in-url',
  title: 'Keeps credentials out of URLs',
  requirements: ['R-CONN-2'],
  status: 'pass',
  durationMs: 80,
  checks: [
    {
      requirement: 'R-CONN-2',
      verdict: 'pass',
      message: nasty,
      evidence: { journal: [entry(6, 200, { method: 'GET', path: '/npd/v1/citizens/001203004567', query: { fields: 'hoTen' } })] },
    },
  ],
};

const household: ScenarioResult = {
  id: 'lookup/household-book',
  title: 'Never asks for the household book',
  requirements: ['R-LOOK-2'],
  status: 'error',
  durationMs: 15,
  checks: [],
  error: 'TypeError: cannot read "dossier" of undefined',
};

const matchRate: ScenarioResult = {
  id: 'matching/match-rate',
  title: 'Match rate calibration',
  requirements: ['R-MATCH-5'],
  status: 'pass',
  durationMs: 2500,
  checks: [{ requirement: 'R-MATCH-5', verdict: 'info', message: 'match rate of NPD lookups', figure: { name: 'match rate', observed: 70.125, published: 69.9, unit: '%' } }],
};

const notify: ScenarioResult = { id: 'portal/notify-channels', title: 'Three channels', requirements: ['R-PORT-4'], status: 'skipped', durationMs: 0, checks: [] };

const noPaper: ScenarioResult = {
  id: 'portal/no-paper-day',
  title: 'No-paper day',
  requirements: ['R-PORT-11'],
  status: 'pass',
  durationMs: 40,
  checks: [{ requirement: 'R-PORT-11', verdict: 'fail', message: 'paper intake accepted on a no-paper day', evidence: { data: { service: 'cap-ban-sao', day: '2024-05-01' } } }],
};

const funeral: ScenarioResult = {
  id: 'lien-thong/funeral-meritorious',
  title: 'Meritorious-service death routed',
  requirements: ['R-LT-5'],
  status: 'fail',
  durationMs: 300,
  checks: [{ requirement: 'R-LT-5', verdict: 'fail', message: 'standard allowance paid silently' }],
  expectedFailure: { reason: 'regime table not delivered yet', outcome: 'still-failing' },
};

const stray: ScenarioResult = {
  id: 'portal/stray',
  title: 'Cites an ID the catalogue lacks',
  requirements: ['R-PORT-99'],
  status: 'pass',
  durationMs: 5,
  checks: [{ requirement: 'R-PORT-99', verdict: 'pass', message: 'works' }],
};

/** A failing run touching every rendering path. */
export const failingSuite: SuiteResult = {
  sut: 'reference (faulty: retry-storm)',
  seed: 42,
  startedAt: '2024-05-01T10:00:00.000Z',
  durationMs: 4174,
  scenarios: [retry, token, household, matchRate, notify, noPaper, funeral, stray],
  failed: true,
};

/** A passing run: one duty check, one calibration figure. */
export const passingSuite: SuiteResult = {
  sut: 'reference',
  seed: 7,
  startedAt: '2024-05-02T08:30:00.000Z',
  durationMs: 2580,
  scenarios: [token, matchRate],
  failed: false,
};
