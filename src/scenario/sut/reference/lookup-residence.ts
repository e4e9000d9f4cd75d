import type { StimulusOutput } from '../types.js';
import type { Paper } from './connection-dossiers.js';
import type { Handlers, ReferenceCore, Variant } from './core.js';

/** An address as the residence database answers it. */
interface DiaChi {
  readonly ChiTiet: string;
  readonly MaPhuongXa: string;
  readonly TenPhuongXa: string;
  readonly MaTinhThanh: string;
  readonly TenTinhThanh: string;
}

/** The residence facts of a person, as far as the reference system reads them. */
interface Resident {
  readonly status: 'registered' | 'not-registered' | 'removed';
  readonly ThuongTru: DiaChi | null;
  readonly NoiOHienTai: DiaChi | null;
  readonly SoHoGiaDinh: string | null;
}

export type Residence = NonNullable<StimulusOutput<'requestCriminalRecordCertificate'>['residence']>;

/** Habits: the paper household book still on the list; residence proven by a paper (CT07) instead of a lookup. */
export const ASKS_HOUSEHOLD_BOOK = 'asks-household-book';
export const RESIDENCE_FROM_PAPERS = 'residence-from-papers';

/** The papers a habit of the old days adds to a residence-based procedure: the abolished books (CT05 A11, A12). */
const HOUSEHOLD_BOOK = 'Bản chụp sổ hộ khẩu hoặc sổ tạm trú';
const RESIDENCE_PAPER = 'Giấy xác nhận thông tin về cư trú (mẫu CT07)';

function toAddress(a: DiaChi | null): Residence['permanent'] {
  if (!a) return null;
  const text = [a.ChiTiet, a.TenPhuongXa, a.TenTinhThanh].filter((p) => p !== '').join(', ');
  return { detail: a.ChiTiet, wardCode: a.MaPhuongXa, provinceCode: a.MaTinhThanh, text };
}

/**
 * The residence part of a dossier: the permanent and current residence and the household, read from the residence
 * database by personal ID (R-LOOK-1), never from an uploaded paper. The habit `residence-from-papers` asks the
 * citizen for a residence confirmation instead.
 */
export async function residenceFacts(core: ReferenceCore, personalId: string): Promise<{ residence?: Residence; requested: string[]; status: number }> {
  if (core.has(RESIDENCE_FROM_PAPERS)) return { requested: [RESIDENCE_PAPER], status: 200 };
  const reply = await core.gateway.call('GET', `/residence/v1/residents/${personalId}`);
  if (reply.status !== 200) return { requested: [], status: reply.status };
  const resident = reply.json<Resident>();
  return { residence: { permanent: toAddress(resident.ThuongTru), current: toAddress(resident.NoiOHienTai), householdId: resident.SoHoGiaDinh }, requested: [], status: 200 };
}

/** The papers of a residence-based dossier beyond its e-form: none, unless the habit `asks-household-book` still wants the books. */
export function householdBookPapers(core: ReferenceCore): { papers: Paper[]; requested: string[] } {
  return core.has(ASKS_HOUSEHOLD_BOOK) ? { papers: [{ TenTepDinhKem: HOUSEHOLD_BOOK, DuocSoHoa: '0' }], requested: [HOUSEHOLD_BOOK] } : { papers: [], requested: [] };
}

type Procedure = StimulusOutput<'describeProcedures'>['procedures'][number];

/** The procedures the reference system offers, as their published definitions read. */
const PROCEDURES: readonly Procedure[] = [
  {
    code: '2.000488',
    name: 'Cấp Phiếu lý lịch tư pháp',
    papers: ['Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (biểu mẫu điện tử)'],
    formFields: ['Họ và tên', 'Số định danh cá nhân', 'Loại phiếu', 'Mục đích yêu cầu'],
    lookedUp: ['Ngày sinh', 'Nơi thường trú', 'Nơi ở hiện tại', 'Số hộ gia đình'],
  },
  {
    code: '1.002804',
    name: 'Đổi giấy phép lái xe',
    papers: ['Đơn đề nghị đổi giấy phép lái xe (biểu mẫu điện tử)'],
    formFields: ['Số giấy phép lái xe'],
    lookedUp: ['Họ và tên', 'Ngày sinh', 'Kết quả khám sức khỏe điện tử'],
  },
  {
    code: '1.004227',
    name: 'Xác nhận thông tin về cư trú',
    papers: ['Tờ khai thay đổi thông tin cư trú (CT01)'],
    formFields: ['Mục đích xác nhận'],
    lookedUp: ['Nơi thường trú', 'Chủ hộ', 'Thành viên hộ gia đình'],
  },
];

/** The procedure definitions the system publishes; the habit `asks-household-book` keeps the books on the residence-based ones. */
export const procedureHandlers: Handlers<'describeProcedures'> = {
  async describeProcedures(core) {
    const books = householdBookPapers(core).requested;
    return { procedures: PROCEDURES.map((p) => (p.lookedUp.some((f) => f.startsWith('Nơi')) ? { ...p, papers: [...p.papers, ...books] } : p)) };
  },
};

export const residenceVariants: readonly Variant[] = [
  {
    id: 'asks-household-book',
    description: 'Still lists the paper household or temporary-residence book among the papers of residence-based procedures, and asks for it',
    habits: [ASKS_HOUSEHOLD_BOOK],
    breaks: ['R-LOOK-2'],
    scenarios: ['lookup/residence-from-database'],
  },
  {
    id: 'residence-from-papers',
    description: 'Takes the residence from a paper residence confirmation the citizen uploads instead of looking it up',
    habits: [RESIDENCE_FROM_PAPERS],
    breaks: ['R-LOOK-1'],
    scenarios: ['lookup/residence-from-database'],
  },
];
