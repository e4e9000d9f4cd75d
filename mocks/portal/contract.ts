import { z } from 'zod';
import { initialStatuses, statusCodes } from './lifecycle.js';
import { vnTimestampSchema } from './vn-time.js';

/**
 * The portal's dossier shapes. Field names, their string codings and the `yyyyMMddHHmmss` dates follow the DTOs of a
 * real provincial system's synchronisation with the national portal (research notes §7.3: `HoSoDongBoDVC`,
 * `TaiLieuNopDongBoDVC`, `LePhiDongBoDVC`, `QuaTrinhXuLyDongBoDVC`); the URL paths, the error shape and the camelCase
 * members (`late`, `notifications`, …) are vn06's own, marked so in README.md.
 */
const text = (max: number) => z.string().max(max);
const code = (max: number) => z.string().min(1).max(max);

export const statusCodeSchema = z.enum(statusCodes);

/** A dossier code: letters, digits and `. _ - /` (a `/`, as in `03706/2026/07906`, is sent as `%2F` in a path). */
export const maHoSoSchema = z.string().regex(/^[A-Za-z0-9._\-/]{1,60}$/, 'a dossier code has 1–60 letters, digits or . _ - /');
/** A procedure code of the national catalogue, e.g. `1.001193`. */
export const maTTHCSchema = z.string().regex(/^[A-Za-z0-9.\-]{1,30}$/, 'a procedure code has 1–30 letters, digits, dots or dashes');

/** A paper the citizen supplied (`TaiLieuNop`), kept as sent. */
export const taiLieuNopSchema = z
  .object({
    TepDinhKemId: text(100).optional(),
    TenTepDinhKem: code(4000),
    MaThanhPhanHoSo: text(100).optional(),
    DuongDanTaiTepTin: text(2000).optional(),
    /** "1": an electronic copy exists (digitised). */
    DuocSoHoa: z.enum(['0', '1']),
    DuocTaiSuDung: z.enum(['0', '1', '2']).optional(),
    /** "1": taken from the national data warehouse instead of asked from the citizen. */
    DuocLayTuKhoDMQG: z.enum(['0', '1']).optional(),
    MaKetQuaThayThe: text(100).optional(),
    IsDeleted: z.enum(['0', '1']).optional(),
  })
  .strict();

export const lePhiSchema = z
  .object({ TenPhiLePhi: code(500), MaPhiLePhi: code(50), HinhThucThu: code(10), Gia: z.string().regex(/^\d{1,15}$/, 'an amount in đồng, digits only'), LoaiPhiLePhi: code(10) })
  .strict();

/** A result document; `GiayToId` may name the warehouse document that holds it (R-PORT-17). */
export const giayToKetQuaSchema = z
  .object({ TenGiayTo: code(2000), MaGiayToKetQua: code(100), DuongDanTepTinKetQua: text(2000).optional(), GiayToId: text(100).optional(), MaThanhPhanHoSo: text(100).optional() })
  .strict();

export const dinhDanhCHSSchema = z
  .object({ LoaiDinhDanh: z.enum(['1', '2']), SoDinhDanh: z.string().regex(/^(\d{9}|\d{12})$/, 'a 12-digit personal ID or a 9-digit old ID') })
  .strict();

/** A new dossier, as a procedure system sends it (`URLThemMoi` in the real synchronisation). */
export const dossierSubmission = z
  .object({
    MaHoSo: maHoSoSchema,
    MaTTHC: maTTHCSchema,
    TenTTHC: code(1000),
    MaLinhVuc: text(100).optional(),
    TenLinhVuc: text(1000).optional(),
    /** "1" at the counter, "2" online, "3" by post (vn06's reading; "2" = online is seen in real code). */
    KenhThucHien: z.enum(['1', '2', '3']),
    ChuHoSo: code(200),
    SoGiayToChuHoSo: code(50),
    /** "1" citizen, "2" enterprise, "3" state agency, "4" other organisation (seen in real code). */
    LoaiDoiTuong: z.enum(['1', '2', '3', '4']),
    MaDoiTuong: text(100).optional(),
    ThongTinKhac: text(2000).optional(),
    Email: text(200).optional(),
    Fax: text(50).optional(),
    SoDienThoai: text(50).optional(),
    TrichYeuHoSo: text(1000).optional(),
    NgayNopHoSo: vnTimestampSchema.optional(),
    NgayTiepNhan: vnTimestampSchema,
    NgayHenTra: vnTimestampSchema,
    TrangThaiHoSo: z.enum(initialStatuses),
    HinhThuc: text(10).optional(),
    DonViXuLy: text(500).optional(),
    NoiNopHoSo: text(10).optional(),
    GhiChu: text(2000).optional(),
    HoSoCoThanhPhanSoHoa: z.enum(['0', '1']).optional(),
    TaiKhoanDuocXacThucVoiVNeID: z.enum(['0', '1']).optional(),
    DuocThanhToanTrucTuyen: z.enum(['0', '1', '2', '3']).optional(),
    TaiLieuNop: z.array(taiLieuNopSchema).max(200).default([]),
    DanhSachLePhi: z.array(lePhiSchema).max(50).default([]),
    DanhSachGiayToKetQua: z.array(giayToKetQuaSchema).max(50).default([]),
    DinhDanhCHS: z.array(dinhDanhCHSSchema).max(10).default([]),
    DSKetNoiCSDL: z.array(z.object({ MaCSDL: code(20) }).strict()).max(20).default([]),
  })
  .strict()
  .refine((d) => d.NgayHenTra > d.NgayTiepNhan, { message: 'the deadline must come after the reception', path: ['NgayHenTra'] });
export type DossierSubmission = z.infer<typeof dossierSubmission>;

/** A processing step (`QuaTrinhXuLyDongBoDVC`); a `TrangThai` other than the current status is a status change. */
export const stepBody = z
  .object({
    TrangThai: statusCodeSchema,
    NguoiXuLy: code(200),
    ChucDanh: text(200).optional(),
    PhongBanXuLy: text(500).optional(),
    NoiDungXuLy: text(2000).optional(),
    /** When the step happened; the portal's clock when absent. */
    ThoiDiemXuLy: vnTimestampSchema.optional(),
    NgayBatDau: vnTimestampSchema.optional(),
    NgayKetThucTheoQuyDinh: vnTimestampSchema.optional(),
    /** vn06's: a new deadline, accepted only when leaving a supplement or fee request (5, 6). */
    NgayHenTraMoi: vnTimestampSchema.optional(),
    /** The papers as they now stand (a supplement, or the electronic copies of a paper intake); replaces the list. */
    TaiLieuNop: z.array(taiLieuNopSchema).max(200).optional(),
    DanhSachGiayToKetQua: z.array(giayToKetQuaSchema).max(50).optional(),
  })
  .strict();
export type StepBody = z.infer<typeof stepBody>;

export const stepSchema = z.object({
  MaHoSo: z.string(),
  NguoiXuLy: z.string(),
  ChucDanh: z.string(),
  ThoiDiemXuLy: z.string(),
  PhongBanXuLy: z.string(),
  NoiDungXuLy: z.string(),
  TrangThai: statusCodeSchema,
  NgayBatDau: z.string(),
  NgayKetThucTheoQuyDinh: z.string(),
  /** vn06's: the status before the step, null for the submission. */
  TrangThaiTruoc: statusCodeSchema.nullable(),
  /** vn06's: when the portal received the step (ISO 8601, harness clock). */
  receivedAt: z.string(),
});
export type Step = z.infer<typeof stepSchema>;

export const notificationChannels = ['email', 'sms', 'portal', 'ott'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];
export const channelCountsSchema = z.object({ email: z.number(), sms: z.number(), portal: z.number(), ott: z.number() });

export const notificationBody = z
  .object({ channel: z.enum(notificationChannels), TrangThaiHoSo: statusCodeSchema, message: code(2000), recipient: text(200).optional() })
  .strict();

export const notificationSchema = z.object({
  id: z.string(),
  MaHoSo: z.string(),
  channel: z.enum(notificationChannels),
  TrangThaiHoSo: statusCodeSchema,
  message: z.string(),
  recipient: z.string().nullable(),
  sentAt: z.string(),
  client: z.string(),
});
export type DossierNotification = z.infer<typeof notificationSchema>;

/** A finding about a dossier the portal can see for itself, with the requirement it concerns. */
export const warningSchema = z.object({ code: z.enum(['late', 'paper-on-no-paper-day', 'processed-before-digitised']), requirement: z.string(), message: z.string() });
export type DossierWarning = z.infer<typeof warningSchema>;

const { TrangThaiHoSo: _initial, ...submittedShape } = dossierSubmission.shape;
export const dossierView = z.object({
  ...submittedShape,
  TrangThaiHoSo: statusCodeSchema,
  TenTrangThaiHoSo: z.string(),
  /** Set on entering 9 (processed). */
  NgayKetThucXuLy: z.string(),
  /** Set on entering 10 (result returned). */
  NgayTra: z.string(),
  /** Set on entering 3 (not received). */
  NgayTuChoi: z.string(),
  TaiLieuNop: z.array(taiLieuNopSchema),
  DanhSachLePhi: z.array(lePhiSchema),
  DanhSachGiayToKetQua: z.array(giayToKetQuaSchema),
  QuaTrinhXuLy: z.array(stepSchema),
  late: z.boolean(),
  deadlinePaused: z.boolean(),
  statusChanges: z.array(z.object({ TrangThaiHoSo: statusCodeSchema, at: z.string(), notified: channelCountsSchema, allThreeChannels: z.boolean() })),
  payments: z.array(z.object({ at: z.string(), data: z.record(z.string(), z.unknown()) })),
  warehouseDocuments: z.array(z.string()),
  warnings: z.array(warningSchema),
  submittedBy: z.string(),
  receivedAt: z.string(),
  updatedAt: z.string(),
});
export type DossierView = z.infer<typeof dossierView>;

export const dossierSummary = dossierView.pick({ MaHoSo: true, MaTTHC: true, SoGiayToChuHoSo: true, TrangThaiHoSo: true, TenTrangThaiHoSo: true, NgayTiepNhan: true, NgayHenTra: true, late: true });
export const dossierList = z.object({ total: z.number(), dossiers: z.array(dossierSummary) });

/** vn06's error shape, for the portal's own refusals and the pipeline's. */
export const portalErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) });

export const dossierParam = z.object({ maHoSo: maHoSoSchema });
export const dossierListQuery = z
  .object({
    TrangThaiHoSo: statusCodeSchema.optional(),
    MaTTHC: maTTHCSchema.optional(),
    SoGiayToChuHoSo: code(50).optional(),
    late: z.enum(['true', 'false']).optional(),
  })
  .strict();

export const callbackModes = ['normal', 'duplicate', 'out-of-order', 'delayed'] as const;
export type CallbackMode = (typeof callbackModes)[number];

export const callbackRegistrationBody = z
  .object({
    url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(2000),
    /** The HMAC key for `x-vn06-signature`. */
    secret: z.string().min(16, 'a secret of at least 16 characters').max(200),
  })
  .strict();

export const callbackModeBody = z
  .object({ mode: z.enum(callbackModes), delayMs: z.number().int().min(1).max(10_000).optional() })
  .strict();

export const callbackRegistrationView = z.object({
  url: z.string(),
  mode: z.enum(callbackModes),
  delayMs: z.number(),
  /** Events held back in `out-of-order` mode until the next one (or a flush). */
  held: z.number(),
  registeredAt: z.string(),
});

export const callbackEventSchema = z.object({
  id: z.string(),
  type: z.enum(['dossier.status-changed', 'payment.confirmed']),
  /** 1, 2, 3, … per client, in the order the portal saw the events: a receiver can detect reordering. */
  sequence: z.number(),
  occurredAt: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type CallbackEvent = z.infer<typeof callbackEventSchema>;

export const deliverySchema = z.object({
  eventId: z.string(),
  type: z.string(),
  sequence: z.number(),
  mode: z.enum(callbackModes),
  url: z.string(),
  sentAt: z.string(),
  status: z.number().nullable(),
  error: z.string().nullable(),
});
export type DeliveryRecord = z.infer<typeof deliverySchema>;
