import { z } from 'zod';

/** The kinds of paper a VNeID wallet shows (R-LOOK-8, -9, R-PORT-15). */
export const walletDocumentTypes = [
  'health-insurance-card',
  'driving-licence',
  'criminal-record-certificate',
  'e-health-book',
  'birth-certificate',
  'death-extract',
  'residence-confirmation',
] as const;
export type WalletDocumentType = (typeof walletDocumentTypes)[number];

/**
 * A document a system issued into a citizen's VNeID wallet; carried as the `data.document` of a
 * `wallet.document.issued` event (a later event with the same `id` replaces it, e.g. a revocation or an update).
 * The event's `personalId` is whom the issuer delivers it to: the holder, except that civil status delivers a birth
 * certificate or a death extract to the declarant (a newborn has no VNeID account, the deceased no longer uses
 * theirs). The VNeID mock files every document under its `holderId`.
 */
export interface WalletDocument {
  readonly id: string;
  readonly type: WalletDocumentType;
  /** The personal ID of the person the document is about and belongs to. */
  readonly holderId: string;
  /** The issuing agency, e.g. `Bảo hiểm xã hội Việt Nam`. */
  readonly issuer: string;
  readonly issuedOn: string;
  /** ISO date, or null when the document does not expire. */
  readonly validUntil: string | null;
  readonly status: 'valid' | 'revoked';
  /** The document's own fields, as its issuer writes them. */
  readonly fields: Readonly<Record<string, string>>;
}

/** The wire shape of a `WalletDocument`, for the contracts of the systems that issue or show one. */
export const walletDocumentSchema = z.object({
  id: z.string(),
  type: z.enum(walletDocumentTypes),
  holderId: z.string(),
  issuer: z.string(),
  issuedOn: z.string(),
  validUntil: z.string().nullable(),
  status: z.enum(['valid', 'revoked']),
  fields: z.record(z.string(), z.string()),
});
