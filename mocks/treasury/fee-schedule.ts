/** How a dossier was submitted: at the one-stop counter, or online through a public service portal. */
export const channels = ['online', 'counter'] as const;
export type Channel = (typeof channels)[number];

/** One procedure's fee by channel, as the schedule in force sets it (amounts in VND). */
export interface FeeEntry {
  /** The procedure's code in the national procedure database (mã thủ tục hành chính). */
  readonly MaTTHC: string;
  readonly TenTTHC: string;
  /** vn06's code for the fee (no public coding exists). */
  readonly MaPhiLePhi: string;
  readonly TenPhiLePhi: string;
  readonly counter: number;
  /** Equal to `counter` where no online reduction is configured. */
  readonly online: number;
  /** The legal basis of the amounts, or a note that the entry is vn06's own. */
  readonly basis: string;
}

const RESIDENCE_FEES = 'Thông tư 75/2022/TT-BTC (lệ phí đăng ký cư trú, từ 05/02/2023): mức thu riêng khi nộp qua cổng dịch vụ công trực tuyến';
const CIVIL_STATUS_FREE = 'Luật Hộ tịch 2014, Điều 11: miễn lệ phí đăng ký khai sinh, khai tử đúng hạn';

/**
 * The fee schedule the treasury mock charges by (R-PORT-5). Residence amounts are the published ones; the last entry
 * is a vn06 test procedure with a fee and no online reduction, so a scenario can tell "no reduction configured" apart.
 * @see REQUIREMENTS.md R-PORT-5 (online payment; reduced fees online)
 */
export const feeSchedule: readonly FeeEntry[] = [
  { MaTTHC: '1.004222', TenTTHC: 'Đăng ký thường trú', MaPhiLePhi: 'LP-CT-TT', TenPhiLePhi: 'Lệ phí đăng ký thường trú', counter: 20_000, online: 10_000, basis: RESIDENCE_FEES },
  { MaTTHC: '1.004194', TenTTHC: 'Đăng ký tạm trú', MaPhiLePhi: 'LP-CT-TAMTRU', TenPhiLePhi: 'Lệ phí đăng ký tạm trú', counter: 15_000, online: 7_000, basis: RESIDENCE_FEES },
  { MaTTHC: '1.010038', TenTTHC: 'Tách hộ', MaPhiLePhi: 'LP-CT-TACHHO', TenPhiLePhi: 'Lệ phí tách hộ', counter: 10_000, online: 5_000, basis: RESIDENCE_FEES },
  { MaTTHC: '1.010041', TenTTHC: 'Xác nhận thông tin về cư trú', MaPhiLePhi: 'LP-CT-XACNHAN', TenPhiLePhi: 'Không thu lệ phí', counter: 0, online: 0, basis: 'Thủ tục 1.010041: không thu lệ phí' },
  { MaTTHC: '1.001193', TenTTHC: 'Đăng ký khai sinh', MaPhiLePhi: 'LP-HT-KHAISINH', TenPhiLePhi: 'Lệ phí đăng ký khai sinh (miễn khi đúng hạn)', counter: 0, online: 0, basis: CIVIL_STATUS_FREE },
  { MaTTHC: '1.000656', TenTTHC: 'Đăng ký khai tử', MaPhiLePhi: 'LP-HT-KHAITU', TenPhiLePhi: 'Lệ phí đăng ký khai tử (miễn khi đúng hạn)', counter: 0, online: 0, basis: CIVIL_STATUS_FREE },
  { MaTTHC: '1.001731', TenTTHC: 'Trợ cấp mai táng', MaPhiLePhi: 'LP-XH-MAITANG', TenPhiLePhi: 'Không thu phí, lệ phí', counter: 0, online: 0, basis: 'Trợ cấp mai táng: người đề nghị không nộp phí, lệ phí' },
  { MaTTHC: '9.999001', TenTTHC: 'Thủ tục thử nghiệm của vn06 (không giảm lệ phí trực tuyến)', MaPhiLePhi: 'LP-VN06-THU', TenPhiLePhi: 'Lệ phí thử nghiệm', counter: 50_000, online: 50_000, basis: 'vn06: not a real procedure; a fee with no online reduction configured' },
];

/** The fee due for one procedure on one channel: the amount, and what the online reduction takes off the counter fee. */
export interface FeeDue {
  readonly entry: FeeEntry;
  readonly channel: Channel;
  readonly amount: number;
  /** Counter fee minus the amount due (0 at the counter, and online where no reduction is configured). */
  readonly reduction: number;
}

/** The fee due for a procedure on a channel, or undefined when the schedule has no entry for the procedure. */
export function feeDue(MaTTHC: string, channel: Channel): FeeDue | undefined {
  const entry = feeSchedule.find((e) => e.MaTTHC === MaTTHC);
  if (!entry) return undefined;
  const amount = entry[channel];
  return { entry, channel, amount, reduction: entry.counter - amount };
}

/** The procedure codes the schedule knows, for error messages. */
export function scheduledProcedures(): string {
  return feeSchedule.map((e) => e.MaTTHC).join(', ');
}
