import { z } from 'zod';
import { defineStimulus } from '../stimulus.js';
import { requestedFromCitizen } from './lookup.js';

const personalId = z.string().regex(/^\d{12}$/).describe('12-digit personal ID');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('ISO date');
const instant = z.iso.datetime({ offset: true }).describe('ISO 8601 instant');
const maTTHC = z.string().regex(/^[0-9A-Za-z.-]{1,30}$/).describe('procedure code of the national catalogue (MaTTHC), e.g. 1.004222');
const at = instant.optional().describe('when the act happens: scenarios replay their timeline on the harness clock; the system’s own clock when absent');
const dossierCode = z.string().min(1).max(60).describe('the dossier code (MaHoSo) the system gave at filing');
const statusCode = z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']).describe('the portal status (TrangThaiHoSo): 1 Mới đăng ký … 10 Đã trả kết quả');
const inPersonSteps = z
  .array(z.string())
  .describe('what the citizen must still do in person (come to a counter, hand in an original, collect the result); empty for an end-to-end service');
const address = z
  .object({
    ChiTiet: z.string().min(1).max(200).describe('house and street, or hamlet'),
    MaPhuongXa: z.string().regex(/^\d{5}$/).describe('ward or commune code (units in force since 1 July 2025)'),
    MaTinhThanh: z.string().regex(/^\d{2}$/).describe('province code'),
  })
  .strict();

export const publishCatalogue = defineStimulus({
  name: 'publishCatalogue',
  summary: 'The system publishes its procedure catalogue (online, end to end, no-paper pilot) and its e-forms on the national portal, as it does at start and on every change',
  requirements: ['R-PORT-2', 'R-PORT-10', 'R-PORT-11'],
  input: z.object({}).strict(),
  output: z
    .object({
      procedures: z.array(z.object({ MaTTHC: maTTHC, TenTTHC: z.string(), online: z.boolean(), endToEnd: z.boolean() }).strict()),
      forms: z.array(maTTHC).describe('the procedures whose e-form was published'),
      message: z.string(),
    })
    .strict(),
});

export const openForm = defineStimulus({
  name: 'openForm',
  summary: 'A signed-in citizen opens the e-form of a procedure: each field says where its value comes from, and fields taken from the NPD or a data warehouse arrive filled in',
  requirements: ['R-PORT-2'],
  input: z.object({ MaTTHC: maTTHC, applicantId: personalId.describe('the citizen who opens the form') }).strict(),
  output: z
    .object({
      outcome: z.enum(['shown', 'unknown-procedure', 'unavailable']),
      fields: z.array(
        z
          .object({
            key: z.string(),
            label: z.string(),
            source: z.enum(['citizen', 'npd', 'warehouse', 'dropped']).describe('citizen: typed by the citizen; npd / warehouse: filled in by the system; dropped: no longer asked'),
            value: z.string().nullable().describe('the value filled in for the citizen, null when they type it or it is filled in later'),
          })
          .strict(),
      ),
      message: z.string(),
    })
    .strict(),
});

const signedDeclaration = z
  .object({
    document: z.string().min(1).describe('the declaration exactly as the citizen signed it (UTF-8 text)'),
    signature: z.string().min(1).describe('ECDSA P-256 / SHA-256 signature of the document, DER or r‖s (mobile apps), base64'),
    certificate: z.string().min(1).describe('the signer’s certificate, PEM'),
  })
  .strict();

export const fileDossier = defineStimulus({
  name: 'fileDossier',
  summary:
    'A citizen files a dossier for a procedure, online (signed in through VNeID, optionally with a digitally signed declaration) or on paper at the counter; the system receives it, syncs it to the portal and asks for the fee online when there is one',
  requirements: ['R-PORT-1', 'R-PORT-3', 'R-PORT-5', 'R-PORT-6', 'R-PORT-7', 'R-PORT-9', 'R-PORT-11', 'R-PORT-13', 'R-PORT-16', 'R-PORT-17'],
  input: z
    .object({
      MaTTHC: maTTHC,
      applicantId: personalId.describe('the applicant (who signs in through VNeID online, or shows the chip ID card at the counter)'),
      channel: z.enum(['online', 'counter']).default('online'),
      at,
      residence: z
        .object({ address, from: isoDate.optional().describe('temporary residence: first day'), until: isoDate.optional().describe('temporary residence: last day') })
        .strict()
        .optional()
        .describe('for residence procedures: the address to register, and the term of a temporary residence'),
      purpose: z.string().max(200).optional().describe('what the result is wanted for (a confirmation, a certificate)'),
      papers: z.array(z.string().min(1).max(300)).max(20).default([]).describe('the papers the citizen hands in (counter) or uploads (online), by name'),
      signature: signedDeclaration.optional().describe('the declaration the applicant signed digitally'),
    })
    .strict(),
  output: z
    .object({
      outcome: z.enum(['received', 'refused', 'unavailable']),
      dossierCode: z.string().optional(),
      status: statusCode.optional(),
      deadline: instant.optional().describe('the result promised by (NgayHenTra)'),
      intake: z
        .enum(['electronic', 'paper', 'converted'])
        .optional()
        .describe('electronic: filed online; paper: paper dossier at the counter; converted: paper scanned into an electronic dossier at intake (no-paper pilot)'),
      signedInLevel: z.number().int().min(1).max(2).nullable().describe('the VNeID assurance level of the sign-in (online), null at the counter or when refused'),
      payment: z
        .object({ orderId: z.string(), amount: z.number().int(), channel: z.enum(['online', 'counter']), paymentUrl: z.string() })
        .strict()
        .optional()
        .describe('the fee to pay, when the procedure has one'),
      reused: z.array(z.object({ title: z.string(), documentId: z.string() }).strict()).describe('stored results the dossier took from a data warehouse instead of asking for them'),
      requestedFromCitizen,
      inPersonSteps,
      message: z.string(),
    })
    .strict(),
});

export const handleDossier = defineStimulus({
  name: 'handleDossier',
  summary:
    'The officers act on a dossier: ask the citizen for a supplement, take in the supplement, or finish it (decide, issue the signed result, return it, offer the satisfaction survey)',
  requirements: ['R-PORT-1', 'R-PORT-3', 'R-PORT-4', 'R-PORT-5', 'R-PORT-6', 'R-PORT-12', 'R-PORT-17'],
  input: z
    .object({
      dossierCode,
      action: z.enum(['request-supplement', 'receive-supplement', 'finish']),
      at,
      papers: z.array(z.string().min(1).max(300)).max(20).default([]).describe('receive-supplement: the papers the citizen supplied'),
    })
    .strict(),
  output: z
    .object({
      outcome: z.enum(['done', 'awaiting-payment', 'refused', 'not-found', 'unavailable']).describe('awaiting-payment: the fee is not confirmed by the treasury yet'),
      status: statusCode.optional(),
      deadline: instant.optional(),
      result: z
        .object({ title: z.string(), documentId: z.string().nullable().describe('the portal warehouse document holding the agency-signed result') })
        .strict()
        .optional(),
      survey: z.object({ surveyId: z.string(), url: z.string() }).strict().optional().describe('the VNForm survey offered on completion'),
      inPersonSteps,
      message: z.string(),
    })
    .strict(),
});

export const dossierStatus = defineStimulus({
  name: 'dossierStatus',
  summary: 'A citizen looks up their dossier: where it stands, its deadline, whether it is late, whether the fee is paid',
  requirements: ['R-PORT-1', 'R-PORT-5'],
  input: z.object({ dossierCode, at }).strict(),
  output: z
    .object({
      outcome: z.enum(['found', 'not-found']),
      status: statusCode.optional(),
      statusName: z.string().optional(),
      deadline: instant.optional(),
      late: z.boolean().describe('past its deadline: finished after it, or still open after it while not waiting on the citizen'),
      payment: z.enum(['none', 'pending', 'paid']).describe('paid only once the treasury’s signed confirmation arrived'),
      message: z.string(),
    })
    .strict(),
});

export const citizenDocuments = defineStimulus({
  name: 'citizenDocuments',
  summary: 'The documents the system’s own personal data warehouse holds about a citizen (the results it issued), with their copy on the portal warehouse',
  requirements: ['R-PORT-3'],
  input: z.object({ personalId }).strict(),
  output: z
    .object({
      documents: z.array(
        z
          .object({
            id: z.string(),
            type: z.string(),
            title: z.string(),
            MaHoSo: z.string().nullable(),
            issuer: z.string(),
            issuedOn: isoDate,
            portalDocumentId: z.string().nullable().describe('the same document in the portal warehouse, null when it is not there'),
          })
          .strict(),
      ),
    })
    .strict(),
});

const passport = z
  .object({ number: z.string().regex(/^[A-Z0-9]{5,20}$/), nationality: z.string().regex(/^[A-Z]{2,3}$/).describe('ISO 3166 code'), fullName: z.string().min(1), dateOfBirth: isoDate })
  .strict();

export const notifyAccommodation = defineStimulus({
  name: 'notifyAccommodation',
  summary: 'A host (a hotel, a homestay, a family) notifies the stay of a guest (thông báo lưu trú): a citizen by personal ID, or a foreigner by passport',
  requirements: ['R-PORT-8'],
  input: z
    .object({
      host: z.object({ name: z.string().min(1).max(300), personalId: personalId.optional(), phone: z.string().max(30).optional(), establishment: z.string().max(300).optional() }).strict(),
      guest: z.union([z.object({ personalId }).strict(), z.object({ passport }).strict()]),
      from: isoDate,
      to: isoDate,
      address: z.object({ ChiTiet: z.string().min(1).max(500), MaPhuongXa: z.string().max(10).optional(), MaTinhThanh: z.string().max(5).optional() }).strict(),
    })
    .strict(),
  output: z
    .object({ outcome: z.enum(['accepted', 'refused', 'unavailable']), noticeId: z.string().optional().describe('the notice’s ID, by which it can be looked up'), message: z.string() })
    .strict(),
});

export const payBenefit = defineStimulus({
  name: 'payBenefit',
  summary: 'A budget-funded benefit is paid to a beneficiary: to the account they registered (bank, e-wallet or mobile money), in cash only when they registered none',
  requirements: ['R-PORT-14'],
  input: z
    .object({
      beneficiaryId: personalId,
      kind: z.enum(['funeral-allowance', 'social-allowance', 'pension', 'meritorious-service-allowance']),
      amount: z.number().int().min(1).describe('VND'),
      reference: z.string().min(1).max(60).describe('the decision the benefit is paid under'),
      account: z
        .object({ kind: z.enum(['bank', 'e-wallet', 'mobile-money']), provider: z.string().min(1).max(60), number: z.string().regex(/^\d{6,20}$/) })
        .strict()
        .nullable()
        .describe('the account the beneficiary registered, null when they registered none'),
    })
    .strict(),
  output: z
    .object({ outcome: z.enum(['paid', 'refused', 'unavailable']), method: z.enum(['account', 'cash']).optional(), paymentId: z.string().optional(), message: z.string() })
    .strict(),
});

export const readHealthBook = defineStimulus({
  name: 'readHealthBook',
  summary: 'A citizen signed in through VNeID lets the system read their e-health book as VNeID shows it (its basic fields)',
  requirements: ['R-PORT-15'],
  input: z.object({ personalId }).strict(),
  output: z
    .object({
      outcome: z.enum(['shown', 'none', 'refused', 'unavailable']).describe('none: no e-health book on VNeID'),
      fields: z.record(z.string(), z.string()),
      issuedOn: isoDate.optional(),
      message: z.string(),
    })
    .strict(),
});

export const surveyResults = defineStimulus({
  name: 'surveyResults',
  summary: 'The system reads back the VNForm survey results of a procedure (surveys offered, answered, average rating)',
  requirements: ['R-PORT-12'],
  input: z.object({ MaTTHC: maTTHC }).strict(),
  output: z
    .object({ offered: z.number().int(), answered: z.number().int(), averageRating: z.number().nullable(), message: z.string() })
    .strict(),
});

/** The stimuli of the portal scenarios. */
export const portalStimuli = {
  publishCatalogue,
  openForm,
  fileDossier,
  handleDossier,
  dossierStatus,
  citizenDocuments,
  notifyAccommodation,
  payBenefit,
  readHealthBook,
  surveyResults,
} as const;
