import { z } from 'zod';

/** Every seed file names where its data comes from and what is uncertain about it. */
const sourced = {
  source: z.string().min(1),
  notes: z.array(z.string()).default([]),
};

const weighted = z.object({ value: z.string().min(1), weight: z.number().positive() });
export type Weighted = z.infer<typeof weighted>;

const regionId = z.enum(['north', 'central', 'south']);
export type RegionId = z.infer<typeof regionId>;

const twoDigit = z.string().regex(/^\d{2}$/);

export const provinces63Schema = z.object({
  ...sourced,
  entries: z
    .array(
      z.object({
        code: twoDigit,
        idPrefix: z.string().regex(/^0\d{2}$/),
        name: z.string(),
        shortName: z.string(),
        region: regionId,
        population2019: z.number().int().positive(),
        newCode: twoDigit,
        cmndPrefix: z.string().regex(/^\d{2,3}$/),
      }),
    )
    .length(63),
});

export const provinces34Schema = z.object({
  ...sourced,
  entries: z
    .array(
      z.object({
        code: twoDigit,
        name: z.string(),
        shortName: z.string(),
        mergedFrom: z.array(twoDigit).min(1),
        population2025: z.number().int().positive(),
      }),
    )
    .length(34),
});

export const communesSchema = z.object({
  ...sourced,
  license: z.string(),
  /** New province code → its wards/communes as [5-digit code, NFC name]. */
  wards: z.record(twoDigit, z.array(z.tuple([z.string().regex(/^\d{5}$/), z.string()])).min(1)),
  /** Pre-reform units: [old province code, old district name, old ward name, new ward code, old ward code or ""]. */
  oldUnits: z.array(z.tuple([twoDigit, z.string(), z.string(), z.string().regex(/^\d{5}$/), z.string().regex(/^(\d{5})?$/)])),
});

const cohortTables = z.object({
  before1975: z.array(weighted).min(1),
  from1975to1994: z.array(weighted).min(1),
  from1995: z.array(weighted).min(1),
});
export type CohortId = keyof z.infer<typeof cohortTables>;

export const surnamesSchema = z.object({
  ...sourced,
  entries: z
    .array(
      weighted.extend({
        byRegion: z.object({ north: z.number().nonnegative(), central: z.number().nonnegative(), south: z.number().nonnegative() }).optional(),
      }),
    )
    .min(30),
  /** Surnames common among an ethnic group, keyed by the QĐ 121-TCTK/PPCĐ code. */
  byEthnicity: z.record(twoDigit, z.array(weighted).min(1)),
});

export const namesSchema = z.object({
  ...sourced,
  /** Share of full names with 2, 3, 4 and 5 words (values "2".."5"), per sex and birth cohort. */
  wordCounts: z.object({ male: cohortTables, female: cohortTables }),
  middle: z.object({ male: cohortTables, female: cohortTables }),
  /** The second middle word of a 4-word name. */
  secondMiddle: z.object({ male: z.array(weighted).min(5), female: z.array(weighted).min(5) }),
  given: z.object({ male: cohortTables, female: cohortTables }),
});

export const ethnicitiesSchema = z.object({
  ...sourced,
  entries: z
    .array(z.object({ code: twoDigit, name: z.string(), population2019: z.number().int().positive() }))
    .length(54),
  /** Old province code → ethnic mix, by code; provinces not listed use `default`. */
  byProvince: z.record(twoDigit, z.array(weighted).min(1)),
  default: z.array(weighted).min(1),
});

export const religionsSchema = z.object({
  ...sourced,
  /** Code "00" is no religion. */
  entries: z.array(z.object({ code: twoDigit, name: z.string() })).min(15),
  national: z.array(weighted).min(2),
  byProvince: z.record(twoDigit, z.array(weighted).min(1)),
});

export const carriersSchema = z.object({
  ...sourced,
  entries: z.array(z.object({ name: z.string(), share: z.number().positive(), prefixes: z.array(z.string().regex(/^0\d{2}$/)).min(1) })).min(5),
});

export const agePyramidSchema = z.object({
  ...sourced,
  /** Reference year of the shares. */
  year: z.number().int(),
  /** 5-year bands: `from` is the first age of the band; the last band is open-ended up to `to`. */
  bands: z.array(z.object({ from: z.number().int(), to: z.number().int(), male: z.number().positive(), female: z.number().positive() })).min(15),
  /** Crude death rate per 1,000 per year, used to give some citizens a date of death. */
  crudeDeathRate: z.number().positive(),
});

export const addressPartsSchema = z.object({
  ...sourced,
  /** Urban street names (phường). */
  streets: z.array(z.string()).min(50),
  /** Rural settlement words by region: thôn, xóm, ấp, bản, buôn, … */
  settlements: z.object({ north: z.array(weighted), central: z.array(weighted), south: z.array(weighted) }),
  /** Named hamlets ("Đông", "Thượng", "Bình An", …) used after a settlement word. */
  hamletNames: z.array(z.string()).min(30),
});

export type Provinces63 = z.infer<typeof provinces63Schema>;
export type Provinces34 = z.infer<typeof provinces34Schema>;
export type Communes = z.infer<typeof communesSchema>;
export type Surnames = z.infer<typeof surnamesSchema>;
export type Names = z.infer<typeof namesSchema>;
export type Ethnicities = z.infer<typeof ethnicitiesSchema>;
export type Religions = z.infer<typeof religionsSchema>;
export type Carriers = z.infer<typeof carriersSchema>;
export type AgePyramid = z.infer<typeof agePyramidSchema>;
export type AddressParts = z.infer<typeof addressPartsSchema>;

/** The seed files and the schema each must satisfy. */
export const seedFiles = {
  'provinces-63.json': provinces63Schema,
  'provinces-34.json': provinces34Schema,
  'communes.json': communesSchema,
  'surnames.json': surnamesSchema,
  'names.json': namesSchema,
  'ethnicities.json': ethnicitiesSchema,
  'religions.json': religionsSchema,
  'carriers.json': carriersSchema,
  'age-pyramid.json': agePyramidSchema,
  'address-parts.json': addressPartsSchema,
} as const;
export type SeedFileName = keyof typeof seedFiles;
