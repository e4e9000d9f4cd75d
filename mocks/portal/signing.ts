import { createECDH, createHash, verify as verifySignature, webcrypto, X509Certificate } from 'node:crypto';
import type * as X509 from '@peculiar/x509';
import type { Clock } from '../../src/mock/clock.js';
import type { World } from '../../src/mock/world.js';
import { Refusal } from './errors.js';
import type { CertificateRequest, IssuedCertificate, Verdict } from './services-contract.js';

type X509Module = typeof X509;
type X509Crypto = NonNullable<Parameters<X509Module['X509CertificateGenerator']['create']>[1]>;
let x509Loading: Promise<X509Module> | undefined;

/** Loads @peculiar/x509 on first use, after the Reflect metadata polyfill its dependency needs (as src/server/tls.ts does). */
function loadX509(): Promise<X509Module> {
  x509Loading ??= import('reflect-metadata').then(() => import('@peculiar/x509'));
  return x509Loading;
}

const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;
const DAY_MS = 86_400_000;
const SERIAL_NUMBER_OID = '2.5.4.5';
const CA_NAME = 'vn06 portal test signing CA';

interface KeyPair {
  readonly privateKey: webcrypto.CryptoKey;
  readonly publicKey: webcrypto.CryptoKey;
}

/**
 * An ECDSA P-256 key pair derived from the seed and a label, so the same seed gives the same keys on every run.
 * (Certificate signatures still differ run to run: ECDSA signing is randomised.)
 */
async function derivedKeys(seed: number, label: string): Promise<KeyPair> {
  const ecdh = createECDH('prime256v1');
  for (let round = 0; ; round++) {
    try {
      ecdh.setPrivateKey(createHash('sha256').update(`vn06/portal/${seed}/${label}/${round}`).digest());
      break;
    } catch {
      // The digest was not a valid P-256 scalar (about one chance in 2^32): try the next one.
    }
  }
  const point = ecdh.getPublicKey();
  const jwk = { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') };
  const subtle = webcrypto.subtle;
  return {
    privateKey: await subtle.importKey('jwk', { ...jwk, d: ecdh.getPrivateKey().toString('base64url') }, KEY_ALGORITHM, true, ['sign']),
    publicKey: await subtle.importKey('jwk', jwk, KEY_ALGORITHM, true, ['verify']),
  };
}

function pemBlock(label: string, der: ArrayBuffer): string {
  const lines = Buffer.from(der).toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

interface Authority {
  readonly x509: X509Module;
  readonly keys: KeyPair;
  readonly certificate: X509.X509Certificate;
  readonly pem: string;
  readonly node: X509Certificate;
}

/**
 * The portal's test signing service (R-PORT-7, R-PORT-13): a test CA whose keys come from the seed, certificates for
 * citizens (subject serialNumber = personal ID, unless asked for one not tied to an e-ID) and agencies (subject O),
 * and verification of ECDSA P-256 / SHA-256 signatures made with them.
 */
export class SigningService {
  private readonly seed: number;
  private readonly clock: Clock;
  private readonly world: World;
  private authority: Promise<Authority> | undefined;
  private serial = 0;

  constructor(seed: number, clock: Clock, world: World) {
    this.seed = seed;
    this.clock = clock;
    this.world = world;
  }

  /** The CA certificate (PEM) a verifier must trust. */
  async caCertificate(): Promise<string> {
    return (await this.ca()).pem;
  }

  async issue(request: CertificateRequest): Promise<IssuedCertificate | Refusal> {
    let subject: Record<string, string>;
    if (request.kind === 'citizen') {
      const citizen = this.world.citizen(request.SoDinhDanh);
      if (!citizen) return new Refusal(422, `Failed to issue a certificate: no citizen with personal ID ${request.SoDinhDanh} in the NPD`, 'SoDinhDanh');
      subject = request.tiedToEid ? { serialNumber: citizen.personalId, CN: citizen.fullName, C: 'VN' } : { CN: citizen.fullName, C: 'VN' };
    } else {
      subject = { O: request.agency, CN: request.agency, C: 'VN' };
    }
    const ca = await this.ca();
    const serial = ++this.serial;
    const keys = await derivedKeys(this.seed, `certificate/${serial}`);
    const now = Math.floor(this.clock.now() / 1000) * 1000;
    const notBefore = new Date(now);
    const notAfter = new Date(now + request.validDays * DAY_MS);
    const { x509 } = ca;
    const name = new x509.Name(Object.entries(subject).map(([key, value]) => ({ [key === 'serialNumber' ? SERIAL_NUMBER_OID : key]: [value] })));
    const certificate = await x509.X509CertificateGenerator.create(
      {
        serialNumber: (0x1000 + serial).toString(16),
        subject: name,
        issuer: ca.certificate.subject,
        notBefore,
        notAfter,
        publicKey: keys.publicKey,
        signingKey: ca.keys.privateKey,
        signingAlgorithm: SIGNING_ALGORITHM,
        extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true)],
      },
      webcrypto as unknown as X509Crypto,
    );
    return {
      certificate: certificate.toString('pem'),
      privateKey: pemBlock('PRIVATE KEY', await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)),
      caCertificate: ca.pem,
      serialNumber: certificate.serialNumber,
      subject,
      notBefore: notBefore.toISOString(),
      notAfter: notAfter.toISOString(),
      tiedToEid: request.kind === 'citizen' && request.tiedToEid,
    };
  }

  /**
   * Checks a signature: the certificate must be issued by the test CA and valid now, and the signature must match the
   * document's bytes. A certificate that is not valid PEM is a refusal (422); every other failure is a verdict.
   */
  async verify(document: Buffer, signatureBase64: string, certificatePem: string, applicantId?: string): Promise<Verdict | Refusal> {
    let certificate: X509Certificate;
    try {
      certificate = new X509Certificate(certificatePem);
    } catch {
      return new Refusal(422, 'Failed to read the certificate: it is not a PEM or DER X.509 certificate', 'certificate');
    }
    const subject = subjectOf(certificate);
    const signerId = subject.serialNumber !== undefined && /^\d{12}$/.test(subject.serialNumber) ? subject.serialNumber : null;
    const tiedToEid = signerId !== null && this.world.citizen(signerId) !== undefined;
    const verdict = {
      signerId,
      signerName: subject.CN ?? null,
      signerKind: signerId !== null ? ('citizen' as const) : subject.O !== undefined ? ('agency' as const) : ('unknown' as const),
      tiedToEid,
      matchesApplicant: applicantId === undefined ? null : signerId === applicantId,
    };
    const failure = await this.failure(certificate, document, Buffer.from(signatureBase64, 'base64'));
    const applicantProblem = applicantId === undefined ? null : !tiedToEid ? 'the certificate is not tied to an e-ID (no personal ID of a known citizen in its subject)' : signerId !== applicantId ? `the signer ${signerId} is not the applicant ${applicantId}` : null;
    return { valid: failure === null, ...verdict, reason: failure ?? applicantProblem };
  }

  /** Why the signature does not hold, or null when it does. */
  private async failure(certificate: X509Certificate, document: Buffer, signature: Buffer): Promise<string | null> {
    const ca = await this.ca();
    if (!certificate.checkIssued(ca.node) || !attempt(() => certificate.verify(ca.node.publicKey))) return `the certificate is not issued by the ${CA_NAME}`;
    const now = this.clock.now();
    if (now < Date.parse(certificate.validFrom)) return `the certificate is not valid before ${new Date(certificate.validFrom).toISOString()}`;
    if (now > Date.parse(certificate.validTo)) return `the certificate expired on ${new Date(certificate.validTo).toISOString()}`;
    const dsaEncoding = signature.length === 64 ? 'ieee-p1363' : 'der';
    const matches = attempt(() => verifySignature('sha256', document, { key: certificate.publicKey, dsaEncoding }, signature));
    return matches ? null : 'the signature does not match the document (altered after signing, or signed with another key)';
  }

  private ca(): Promise<Authority> {
    this.authority ??= (async () => {
      const x509 = await loadX509();
      const keys = await derivedKeys(this.seed, 'ca');
      const start = Math.floor(this.clock.now() / DAY_MS) * DAY_MS;
      const certificate = await x509.X509CertificateGenerator.createSelfSigned(
        {
          serialNumber: '01',
          name: `CN=${CA_NAME}, O=vn06, C=VN`,
          notBefore: new Date(start - 365 * DAY_MS),
          notAfter: new Date(start + 20 * 365 * DAY_MS),
          keys,
          signingAlgorithm: SIGNING_ALGORITHM,
          extensions: [new x509.BasicConstraintsExtension(true, 0, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true)],
        },
        webcrypto as unknown as X509Crypto,
      );
      const pem = certificate.toString('pem');
      return { x509, keys, certificate, pem, node: new X509Certificate(pem) };
    })();
    return this.authority;
  }
}

/** A check that may throw on malformed input (a signature of the wrong size, a key of another type): false then. */
function attempt(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

/** The subject's attributes by short name (`serialNumber`, `CN`, `O`, `C`). */
function subjectOf(certificate: X509Certificate): Record<string, string> {
  const subject = certificate.toLegacyObject().subject as unknown as Record<string, string | string[]>;
  return Object.fromEntries(Object.entries(subject).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
}
