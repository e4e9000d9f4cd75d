import { z } from 'zod';

/**
 * The NPD's wire shapes. The citizen record follows the `CongDan` DTO seen in a real provincial integration with the
 * population database through the data-exchange gateway (research notes §7.2); the envelope `{ error_code, message }`
 * is the gateway's. Codes inside fields (sex, marital status) and the verify and legacy-ID endpoints are vn06's own,
 * marked so in README.md.
 */
export const diaChiSchema = z.object({
  MaTinhThanh: z.string(),
  TenTinhThanh: z.string(),
  MaQuanHuyen: z.string(),
  TenQuanHuyen: z.string(),
  MaPhuongXa: z.string(),
  TenPhuongXa: z.string(),
  ChiTiet: z.string(),
  QuocGia: z.string(),
});

export const hoVaTenSchema = z.object({ Ho: z.string(), ChuDem: z.string(), Ten: z.string() });

export const nguoiThanSchema = z.object({
  HoVaTen: z.string(),
  QuocTich: z.string(),
  SoDinhDanh: z.string(),
  SoCMND: z.string().nullable(),
});

export const congDanSchema = z.object({
  SoDinhDanh: z.string(),
  SoCMND: z.string().nullable().optional(),
  MaSoThue: z.string().nullable().optional(),
  HoVaTen: hoVaTenSchema,
  /** vn06's coding: "1" nam, "2" nữ. */
  GioiTinh: z.enum(['1', '2']),
  DanToc: z.string().optional(),
  TonGiao: z.string().optional(),
  /** vn06's coding: "1" chưa kết hôn, "2" đã kết hôn, "3" ly hôn, "4" góa. */
  TinhTrangHonNhan: z.enum(['1', '2', '3', '4']).optional(),
  NgayThangNamSinh: z.object({ Nam: z.string(), NgayThangNam: z.string() }),
  NoiDangKyKhaiSinh: diaChiSchema.optional(),
  QueQuan: diaChiSchema.optional(),
  ThuongTru: diaChiSchema,
  NoiOHienTai: diaChiSchema,
  QuocTich: z.string(),
  Cha: nguoiThanSchema.nullable().optional(),
  Me: nguoiThanSchema.nullable().optional(),
  VoChong: nguoiThanSchema.nullable().optional(),
  ChuHo: z.object({ QuanHe: z.string(), SoDinhDanh: z.string(), SoCMND: z.string().nullable(), HoVaTen: z.string() }).optional(),
  SoHoGiaDinh: z.string().optional(),
  /** vn06's extension: date of death (yyyyMMdd) for a deceased citizen, null otherwise. */
  NgayMat: z.string().nullable(),
});
export type CongDan = z.infer<typeof congDanSchema>;

/** The gateway's reply envelope; `error_code` 0 is success. */
export const replySchema = <T extends z.ZodType>(data: T) => z.object({ error_code: z.literal(0), message: z.string(), data });

export const gatewayErrorSchema = z.object({ error_code: z.number().int(), message: z.string(), field: z.string().optional() });

export const personalIdParam = z.object({ soDinhDanh: z.string().regex(/^\d{12}$/, 'a personal ID has exactly 12 digits') });
export const legacyIdParam = z.object({ soCMND: z.string().regex(/^\d{9}$/, 'an old ID has exactly 9 digits') });

export const citizenFields = [
  'SoCMND', 'MaSoThue', 'DanToc', 'TonGiao', 'TinhTrangHonNhan', 'NoiDangKyKhaiSinh', 'QueQuan', 'Cha', 'Me', 'VoChong', 'ChuHo', 'SoHoGiaDinh',
] as const;

export const lookupQuery = z
  .object({
    /** Comma-separated optional fields the caller needs (data minimisation); all it may see when absent, none when empty. */
    fields: z
      .string()
      .optional()
      .refine((v) => v === undefined || v.split(',').every((f) => f.trim() === '' || (citizenFields as readonly string[]).includes(f.trim())), {
        message: `fields must be a comma-separated list of ${citizenFields.join(', ')}`,
      }),
    /** `xml`: the record as the gateway's SOAP string in `message`, as the real gateway answers today. */
    format: z.enum(['json', 'xml']).optional(),
  })
  .strict();

export const verifyBody = z
  .object({
    SoDinhDanh: z.string().regex(/^\d{12}$/, 'a personal ID has exactly 12 digits'),
    HoVaTen: z.string().min(1).max(200),
    /** yyyy-MM-dd, dd/MM/yyyy or a year alone. */
    NgayThangNamSinh: z.string().min(4).max(10),
    GioiTinh: z.enum(['1', '2']).optional(),
  })
  .strict();

export const verdictSchema = z.enum(['match', 'mismatch']);
export const verifyReply = replySchema(
  z.object({
    SoDinhDanh: z.literal('match'),
    HoVaTen: verdictSchema,
    NgayThangNamSinh: verdictSchema,
    GioiTinh: verdictSchema.optional(),
    ConSong: z.boolean(),
  }),
);

export const tokenReply = z.object({ access_token: z.string(), token_type: z.literal('Bearer'), expires_in: z.number(), scope: z.string() });
export const oauthError = z.object({ error: z.string(), error_description: z.string() });

export const legacyReply = replySchema(
  z.object({ SoCMND: z.string(), SoDinhDanh: z.string(), HoVaTen: hoVaTenSchema, NgayThangNamSinh: z.object({ Nam: z.string(), NgayThangNam: z.string() }) }),
);
