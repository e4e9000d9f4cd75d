/**
 * The citizen's side of a signed submission: a certificate from the portal's test CA and a declaration signed with
 * it, the way a USB token (DER) or a mobile signing app (r‖s, as WebCrypto gives it) signs.
 */
import { createPrivateKey, sign } from 'node:crypto';
import type { StimulusInput } from '../../src/scenario/sut/types.js';
import type { MockReader } from './_steps.js';

/** A certificate and its private key, as the portal's test CA issues them. */
export interface Credential {
  readonly certificate: string;
  readonly privateKey: string;
}

/** A citizen's signing certificate: tied to their e-ID (subject serial number = personal ID) unless said otherwise. */
export async function citizenCredential(reader: MockReader, personalId: string, tiedToEid = true): Promise<Credential> {
  const issued = await reader.call<Credential>('POST', '/portal/v1/signing/certificates', { kind: 'citizen', SoDinhDanh: personalId, tiedToEid });
  if (issued.status !== 201) throw new Error(`the portal's test CA refused a certificate for ${personalId}: ${issued.status}`);
  return issued.body;
}

/** The declaration a citizen signs when filing: what they ask for, in their own words. */
export function declaration(maTTHC: string, personalId: string, content: string): string {
  return JSON.stringify({ MaTTHC: maTTHC, SoDinhDanh: personalId, noiDung: content, camDoan: 'Tôi xin cam đoan những lời khai trên là đúng sự thật' });
}

/** Signs a declaration: DER as a USB token does, or r‖s (IEEE P1363) as a mobile app does. */
export function signed(document: string, credential: Credential, device: 'token' | 'mobile-app'): NonNullable<StimulusInput<'fileDossier'>['signature']> {
  const signature = sign('sha256', Buffer.from(document, 'utf8'), { key: createPrivateKey(credential.privateKey), dsaEncoding: device === 'mobile-app' ? 'ieee-p1363' : 'der' });
  return { document, signature: signature.toString('base64'), certificate: credential.certificate };
}
