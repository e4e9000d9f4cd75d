import { z } from 'zod';
import { defineStimulus } from '../stimulus.js';

/** What a procedure system says it needs from the citizen to go on: papers or fields it cannot get by lookup. */
export const requestedFromCitizen = z.array(z.string()).describe('papers or fields the system asks the citizen for (empty when it needs nothing)');

export const lookupCitizen = defineStimulus({
  name: 'lookupCitizen',
  summary: 'A citizen gives their ID (12-digit personal ID or old 9-digit ID) at the start of a procedure; the system finds them',
  requirements: ['R-CONN-1', 'R-LOOK-3', 'R-LOOK-4'],
  input: z.object({ id: z.string().describe('the number the citizen gave') }).strict(),
  output: z
    .object({
      outcome: z.enum(['found', 'not-found', 'deceased', 'refused', 'unavailable']),
      personalId: z.string().optional(),
      fullName: z.string().optional(),
      dateOfBirth: z.string().optional().describe('ISO date'),
      requestedFromCitizen,
      message: z.string(),
    })
    .strict(),
});

export const verifyCitizen = defineStimulus({
  name: 'verifyCitizen',
  summary: 'Verify the ID, name and date of birth a customer gave (bank-style: a verdict per field, no personal data)',
  requirements: ['R-LOOK-4', 'R-LOOK-5'],
  input: z.object({ personalId: z.string(), fullName: z.string(), dateOfBirth: z.string().describe('ISO date') }).strict(),
  output: z
    .object({
      outcome: z.enum(['verified', 'mismatch', 'not-found', 'deceased', 'refused', 'unavailable']),
      fields: z.record(z.string(), z.enum(['match', 'mismatch'])),
      message: z.string(),
    })
    .strict(),
});

export const exportLogs = defineStimulus({
  name: 'exportLogs',
  summary: 'The system’s own log lines since it started (to check that no credential is written there)',
  requirements: ['R-CONN-2'],
  input: z.object({}).strict(),
  output: z.object({ lines: z.array(z.string()) }).strict(),
});

/** An ISO date (yyyy-MM-dd). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('ISO date');
const personalId = z.string().regex(/^\d{12}$/).describe('12-digit personal ID');

export const admitPatient = defineStimulus({
  name: 'admitPatient',
  summary:
    'A patient shows their chip ID card at a clinic’s admission desk: the system reads the health-insurance card linked to the personal ID (no paper card), and in the biometric pilot matches the face read at the desk',
  requirements: ['R-LOOK-6'],
  input: z
    .object({
      personalId,
      faceTemplateHash: z.string().regex(/^[0-9a-f]{64}$/).optional().describe('SHA-256 (hex) of the face template read at the desk, for the biometric pilot; absent when no reader'),
    })
    .strict(),
  output: z
    .object({
      outcome: z
        .enum(['admitted', 'card-not-valid', 'no-card', 'not-found', 'refused', 'unavailable'])
        .describe('admitted: on a valid insurance card; card-not-valid: expired or the holder is deceased; no-card: the person holds none; refused: turned away for another reason'),
      card: z
        .object({
          number: z.string().describe('the 15-character card code (mã thẻ)'),
          validFrom: isoDate,
          validUntil: isoDate,
          clinicCode: z.string().describe('the clinic of first registration (mã KCB)'),
          status: z.enum(['valid', 'expired', 'holder-deceased']),
        })
        .strict()
        .optional(),
      biometric: z.enum(['match', 'no-match', 'not-done']).describe('the pilot’s verdict, reported only: never a reason to refuse admission'),
      requestedFromCitizen,
      message: z.string(),
    })
    .strict(),
});

export const lookupTaxpayer = defineStimulus({
  name: 'lookupTaxpayer',
  summary: 'A procedure needs the citizen’s tax record: the system looks the taxpayer up by the personal ID (the tax code since 1 July 2025) and makes sure it is the same person as in the NPD',
  requirements: ['R-LOOK-7'],
  input: z
    .object({
      personalId,
      taxCode: z.string().optional().describe('an old 10-digit tax code the citizen also wrote on the form, if any'),
    })
    .strict(),
  output: z
    .object({
      outcome: z.enum(['found', 'not-a-taxpayer', 'deceased', 'conflict', 'not-found', 'unavailable']).describe('conflict: the tax record and the NPD disagree, or the code links to several people; never resolved silently'),
      personalId: z.string().optional(),
      taxCode: z.string().optional().describe('the tax code the tax register holds'),
      fullName: z.string().optional(),
      dateOfBirth: isoDate.optional(),
      conflicts: z.array(z.string()).describe('what keeps the tax record from being one clean link (e.g. two-codes-one-id), reported'),
      message: z.string(),
    })
    .strict(),
});

/** A document held on VNeID as the system read and checked it. */
const walletDocument = z
  .object({
    id: z.string(),
    type: z.string(),
    issuer: z.string(),
    holderId: z.string(),
    issuedOn: isoDate,
    validUntil: isoDate.nullable(),
  })
  .strict();

export const presentWalletDocument = defineStimulus({
  name: 'presentWalletDocument',
  summary:
    'A citizen signs in through VNeID and points the procedure to a paper in their wallet (driving licence, health-insurance card, criminal record certificate…) instead of uploading a copy; the system checks issuer, validity and holder',
  requirements: ['R-LOOK-8'],
  input: z
    .object({
      personalId: personalId.describe('the citizen who signs in through VNeID'),
      documentId: z.string().min(1).describe('the wallet document the citizen chose'),
    })
    .strict(),
  output: z
    .object({
      outcome: z.enum(['accepted', 'refused', 'unavailable']),
      document: walletDocument.optional().describe('for accepted: the document as checked'),
      reason: z.string().describe('for refused: why (expired, revoked, another person’s, not signed by VNeID…)'),
      requestedFromCitizen,
    })
    .strict(),
});

export const renewDrivingLicence = defineStimulus({
  name: 'renewDrivingLicence',
  summary:
    'A driver renews their driving licence online: the system fetches their electronic health-check result from social insurance by personal ID (no paper certificate) and stops the dossier with a clear request when the result is missing, expired, unfit or another person’s',
  requirements: ['R-LOOK-10'],
  input: z
    .object({
      personalId: personalId.describe('the applicant, signed in'),
      licenceNumber: z.string().min(1).describe('the licence to renew, as declared'),
      healthCheckPersonalId: personalId
        .optional()
        .describe('the personal ID the form gives for the health-check result: prefilled with the applicant’s own, editable by the citizen'),
    })
    .strict(),
  output: z
    .object({
      outcome: z.enum(['accepted', 'stopped', 'unavailable']),
      stopReason: z.enum(['no-result', 'expired', 'unfit', 'another-person']).optional(),
      healthCheck: z
        .object({ id: z.string(), checkedOn: isoDate, validUntil: isoDate, fitToDrive: z.boolean(), facility: z.string() })
        .strict()
        .optional()
        .describe('the result the dossier rests on (accepted) or that stopped it'),
      request: z.string().describe('for stopped: what the citizen must do to go on, in words'),
      requestedFromCitizen,
      message: z.string(),
    })
    .strict(),
});

export const describeProcedures = defineStimulus({
  name: 'describeProcedures',
  summary: 'The procedures the system offers, each with the papers the citizen must supply and the fields of its form (what the published procedure definition says)',
  requirements: ['R-LOOK-2'],
  input: z.object({}).strict(),
  output: z
    .object({
      procedures: z.array(
        z
          .object({
            code: z.string().describe('the procedure code in the national catalogue (MaTTHC)'),
            name: z.string(),
            papers: z.array(z.string()).describe('the papers the citizen must supply (thành phần hồ sơ)'),
            formFields: z.array(z.string()).describe('the fields of the form the citizen fills in'),
            lookedUp: z.array(z.string()).describe('the facts the system takes from databases instead (e.g. permanent residence, household)'),
          })
          .strict(),
      ),
    })
    .strict(),
});

/** An address as the residence database holds it (units in force since 1 July 2025). */
const address = z
  .object({ detail: z.string(), wardCode: z.string(), provinceCode: z.string(), text: z.string().describe('the whole address, as written on the dossier') })
  .strict();

export const requestCriminalRecordCertificate = defineStimulus({
  name: 'requestCriminalRecordCertificate',
  summary:
    'A citizen signed in to the system asks for a criminal record certificate (phiếu lý lịch tư pháp): the system fills the residence part from the residence database, syncs the dossier with the portal and has the certificate issued into the requester’s own VNeID wallet',
  requirements: ['R-LOOK-1', 'R-LOOK-2', 'R-LOOK-9'],
  input: z
    .object({
      applicantId: personalId.describe('the citizen signed in, who asks'),
      personalId: personalId.describe('the person the certificate is to be about'),
      certificateType: z.enum(['1', '2']).describe('Phiếu lý lịch tư pháp số 1 or số 2'),
      purpose: z.string().min(1).max(200),
    })
    .strict(),
  output: z
    .object({
      outcome: z.enum(['issued', 'refused', 'unavailable']),
      dossier: z.string().optional().describe('the dossier code (MaHoSo) synced with the portal'),
      residence: z
        .object({ permanent: address.nullable(), current: address.nullable(), householdId: z.string().nullable() })
        .strict()
        .optional()
        .describe('the residence facts the dossier declares, and where they came from'),
      certificate: z
        .object({ id: z.string().describe('the wallet document ID'), holderId: z.string(), issuedOn: isoDate })
        .strict()
        .optional()
        .describe('for issued: the certificate in the holder’s VNeID wallet (never its content)'),
      requestedFromCitizen,
      message: z.string(),
    })
    .strict(),
});

export const lookupStimuli = {
  lookupCitizen,
  verifyCitizen,
  exportLogs,
  admitPatient,
  lookupTaxpayer,
  presentWalletDocument,
  renewDrivingLicence,
  describeProcedures,
  requestCriminalRecordCertificate,
} as const;
