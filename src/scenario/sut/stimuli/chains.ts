import { z } from 'zod';
import { defineStimulus } from '../stimulus.js';
import { requestedFromCitizen } from './lookup.js';

/**
 * The stimuli of the two interconnected chains (liên thông, R-LT-1..5): one declaration from a citizen signed in
 * through VNeID drives three procedures across civil status, residence and social insurance, each step reported to
 * the national portal. The answer says, step by step, what the citizen was asked for, so a scenario can check that no
 * field is asked twice and no paper the chain can look up is asked for (R-LT-3).
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('ISO date');
const personalId = z.string().regex(/^\d{12}$/).describe('12-digit personal ID');

/** The medical certificate behind a birth or a death: a reference into Health's system, or a paper or scanned copy (R-LT-5). */
const medicalCertificate = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('electronic'),
        number: z.string().min(1).max(50).describe('the certificate number in Health’s electronic system'),
        facility: z.string().min(1).max(200).describe('the hospital or clinic that issued it'),
      })
      .strict(),
    z.object({ kind: z.literal('paper'), attachment: z.string().min(1).max(200).describe('file name of the scanned paper the citizen attached') }).strict(),
  ])
  .describe('the medical birth certificate (giấy chứng sinh) or death notice (giấy báo tử): electronic, or a paper or scanned copy when Health’s system has none');

/** One procedure of a chain, as the system carried it out. */
function chainStep<const P extends readonly [string, ...string[]]>(procedures: P) {
  return z
    .object({
      procedure: z.enum(procedures),
      outcome: z
        .enum(['done', 'referred', 'refused', 'not-done', 'unavailable'])
        .describe('done; referred: handed to another authority (e.g. the meritorious-service regime); refused: the registry refused it; not-done: the system did not carry it out; unavailable: a system did not answer'),
      dossierId: z.string().nullable().describe('the MaHoSo of this step’s dossier on the national portal, null when none was sent'),
      result: z.string().nullable().describe('what the step produced: a registration number, a household code, a card code, a payment ID…'),
      fieldsAsked: z
        .array(z.string())
        .describe(
          'the fields this step’s form asked the citizen to type, named once for the whole chain with the keys of the portal’s baseline forms (GET /portal/v1/forms): the person the chain is about is always child… or deceased… (childFullName, deceasedIdNumber), the declarant requester… (requesterPhone), the parents mother…/father…; a field typed at two steps appears in both lists',
        ),
      papersAsked: z.array(z.string()).describe('papers this step asked the citizen to supply or upload, by name (e.g. "Sổ hộ khẩu", "Giấy chứng sinh (bản chụp)")'),
      message: z.string(),
    })
    .strict();
}

const chainOutcome = z
  .enum(['completed', 'partial', 'refused', 'unavailable'])
  .describe('completed: every step done or referred; partial: some were; refused: the first step was refused; unavailable: a system did not answer');

const chainFlags = z
  .array(z.enum(['paper-medical-certificate', 'meritorious-service']))
  .describe(
    'what the dossiers are flagged with for the officers: a paper or scanned medical certificate (also written in the GhiChu of the chain’s portal dossiers, so an officer checks the original); a deceased person with meritorious service',
  );

export const declareBirth = defineStimulus({
  name: 'declareBirth',
  summary:
    'A parent signed in through VNeID declares a birth once; the interconnected procedure registers the birth (the child gets a personal ID and an e-birth certificate), the child’s permanent residence in a parent’s household, and the child’s health-insurance card, each step reported to the portal',
  requirements: ['R-LT-1', 'R-LT-3', 'R-LT-4', 'R-LT-5'],
  input: z
    .object({
      declarantId: personalId.describe('the parent who declares, signed in through VNeID'),
      child: z
        .object({
          surname: z.string().min(1),
          middleName: z.string().describe('may be empty'),
          givenName: z.string().min(1),
          sex: z.enum(['male', 'female']),
          dateOfBirth: isoDate,
          placeOfBirth: z.string().min(1).describe('the hospital or place of birth, free text'),
        })
        .strict(),
      motherId: personalId,
      fatherId: personalId.nullable().describe('null when the father is not established'),
      registrationProvinceCode: z.string().regex(/^\d{2}$/).describe('the old (pre-2025) 2-digit code of the province whose civil-status office registers the birth'),
      residenceWith: z.enum(['mother', 'father']).default('mother').describe('whose household the child joins for the permanent residence'),
      medicalCertificate,
    })
    .strict(),
  output: z
    .object({
      outcome: chainOutcome,
      child: z
        .object({ personalId, fullName: z.string(), birthRegistrationNumber: z.string() })
        .strict()
        .nullable()
        .describe('the child as registered, null when the birth was not'),
      steps: z.array(chainStep(['birth-registration', 'permanent-residence', 'health-insurance-card'])).describe('the three procedures, in the order carried out'),
      flags: chainFlags,
      requestedFromCitizen,
      message: z.string(),
    })
    .strict(),
});

export const declareDeath = defineStimulus({
  name: 'declareDeath',
  summary:
    'A relative signed in through VNeID declares a death once; the interconnected procedure registers the death (the NPD marks the person deceased, the declarant gets the e-death extract), removes the permanent residence, and decides and pays the funeral allowance to the declarant, each step reported to the portal',
  requirements: ['R-LT-2', 'R-LT-3', 'R-LT-4', 'R-LT-5'],
  input: z
    .object({
      declarantId: personalId.describe('the relative who declares and claims the funeral allowance, signed in through VNeID'),
      deceasedId: personalId,
      dateOfDeath: isoDate,
      placeOfDeath: z.string().min(1),
      causeOfDeath: z.string().min(1).optional(),
      medicalCertificate,
    })
    .strict(),
  output: z
    .object({
      outcome: chainOutcome,
      steps: z.array(chainStep(['death-registration', 'residence-removal', 'funeral-allowance'])).describe('the three procedures, in the order carried out'),
      allowance: z
        .object({
          outcome: z
            .enum(['paid', 'referred', 'unsupported', 'not-paid'])
            .describe('paid: through the treasury; referred: routed to the regime that pays it (meritorious service); unsupported: the system cannot handle this regime and says so; not-paid: not (yet) paid, see message'),
          regime: z.enum(['standard', 'meritorious-service']).nullable(),
          amount: z.number().int().nullable().describe('VND paid or to pay, null when another regime decides it'),
          paymentId: z.string().nullable().describe('the treasury’s payment ID'),
          handledBy: z.string().nullable().describe('for referred: the authority that handles it'),
          message: z.string(),
        })
        .strict(),
      flags: chainFlags,
      requestedFromCitizen,
      message: z.string(),
    })
    .strict(),
});

export const chainsStimuli = { declareBirth, declareDeath } as const;
