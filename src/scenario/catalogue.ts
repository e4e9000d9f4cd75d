import { connectionRows } from './requirements/connection.js';
import { lienThongRows } from './requirements/lien-thong.js';
import { lookupRows } from './requirements/lookup.js';
import { matchingRows } from './requirements/matching.js';
import { portalRows } from './requirements/portal.js';
import type { Requirement, RequirementId, RequirementKind, Scenario } from './types.js';

// Every row of docs/REQUIREMENTS.md, in English and Vietnamese, one file an area under requirements/;
// tests/scenario/catalogue.test.ts keeps IDs, kinds, areas, citations and harness assumptions in step with that file.
const rows = [...connectionRows, ...lookupRows, ...matchingRows, ...portalRows, ...lienThongRows] as const;

/**
 * The requirement catalogue: every row of `docs/REQUIREMENTS.md`, in catalogue order.
 * @see docs/REQUIREMENTS.md
 */
export const requirements: readonly Requirement[] = rows;

/** A requirement ID that the catalogue holds (narrower than `RequirementId`, which only has the ID's shape). */
export type CatalogueId = (typeof rows)[number]['id'];

const byId: ReadonlyMap<string, Requirement> = new Map(requirements.map((r) => [r.id, r]));

/** The catalogue row of an ID, or undefined when the catalogue has no such row. */
export function requirementById(id: string): Requirement | undefined {
  return byId.get(id);
}

/** True when the ID is a row of the catalogue. */
export function isRequirementId(id: string): id is RequirementId {
  return byId.has(id);
}

/** The areas in catalogue order, with the headings of REQUIREMENTS.md and their Vietnamese names. */
export const areas: readonly { readonly id: Requirement['area']; readonly title: { readonly en: string; readonly vi: string } }[] = [
  { id: 'connection', title: { en: 'Connection and security', vi: 'Kết nối và bảo đảm an toàn' } },
  { id: 'lookup', title: { en: 'Lookup and verification', vi: 'Tra cứu và xác thực' } },
  { id: 'matching', title: { en: 'Data matching and cleansing', vi: 'Đối soát và làm sạch dữ liệu' } },
  { id: 'portal', title: { en: 'Portal, dossiers and data reuse', vi: 'Cổng Dịch vụ công, hồ sơ và tái sử dụng dữ liệu' } },
  { id: 'lien-thong', title: { en: 'Interconnected procedures (liên thông)', vi: 'Thủ tục liên thông' } },
];

/** How each kind counts, in both report languages. */
export const kindLabels: Readonly<Record<RequirementKind, { readonly en: string; readonly vi: string }>> = {
  duty: { en: 'duty', vi: 'nghĩa vụ' },
  derived: { en: 'derived', vi: 'suy ra' },
  pilot: { en: 'pilot', vi: 'thí điểm' },
  calibration: { en: 'calibration', vi: 'hiệu chỉnh' },
};

/** Each requirement with the IDs of the scenarios citing it, in catalogue order; an empty list means uncovered. */
export function coverage(scenarios: readonly Scenario[]): { readonly requirement: Requirement; readonly scenarios: string[] }[] {
  return requirements.map((requirement) => ({
    requirement,
    scenarios: scenarios.filter((s) => s.requirements.includes(requirement.id)).map((s) => s.id),
  }));
}
