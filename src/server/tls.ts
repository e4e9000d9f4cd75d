/**
 * In-memory test PKI for `vn06 serve --tls`: a throw-away CA, a server
 * certificate it signs, and the deliberately broken material an integrator's
 * HTTP client must refuse (expired, wrong host, self-signed, legacy TLS).
 */
import { webcrypto } from 'node:crypto';
import { isIP } from 'node:net';
import type { SecureContextOptions, SecureVersion } from 'node:tls';
import type * as X509 from '@peculiar/x509';

/** The server behaviours `vn06 serve --tls` can simulate, one good and four that a correct client must refuse. */
export type TlsMode = 'valid' | 'expired' | 'wrong-host' | 'self-signed' | 'legacy-tls';

/** Every {@link TlsMode}, in a stable order (the good one first). */
export const tlsModes = ['valid', 'expired', 'wrong-host', 'self-signed', 'legacy-tls'] as const satisfies readonly TlsMode[];

/** Host names used by {@link createTestPki} when none are given. */
export const defaultTlsHostnames: readonly string[] = ['localhost', '127.0.0.1'];

/** The only name on the `wrong-host` certificate (`.invalid` is reserved and never resolves). */
export const wrongHostName = 'wrong-host.vn06.invalid';

/** Common name of the test CA, as a client will see it in the issuer field. */
export const testCaCommonName = 'vn06 test CA';

/** A certificate with its private key, both PEM. */
export interface PemCredential {
  /** PEM `CERTIFICATE` block. */
  certPem: string;
  /** PEM PKCS#8 `PRIVATE KEY` block for the certificate's key. */
  keyPem: string;
  /** Start of the certificate's validity. */
  notBefore: Date;
  /** End of the certificate's validity. */
  notAfter: Date;
}

/** Everything the TLS modes need: the test CA (whose certificate a client must trust) and the server credentials. */
export interface TestPki {
  /** Host names (DNS or IP) the good certificates are issued for. */
  hostnames: readonly string[];
  /** The test CA certificate, PEM: what a client passes as its trusted `ca`. */
  caCertPem: string;
  /** The test CA's certificate and key (the key only matters for issuing more certificates). */
  ca: PemCredential;
  /** CA-signed certificate for {@link TestPki.hostnames}, currently valid. */
  valid: PemCredential;
  /** CA-signed certificate for {@link TestPki.hostnames} whose validity ended a day before `now`. */
  expired: PemCredential;
  /** CA-signed, currently valid certificate for {@link wrongHostName} only. */
  wrongHost: PemCredential;
  /** Self-signed (not CA-issued), currently valid certificate for {@link TestPki.hostnames}. */
  selfSigned: PemCredential;
}

/** Options for `https.createServer` / `tls.createServer` produced by {@link tlsServerOptions}. */
export interface TlsServerOptions extends SecureContextOptions {
  /** PEM PKCS#8 private key of the served certificate. */
  key: string;
  /** PEM certificate the server presents. */
  cert: string;
  /** Lowest TLS version offered (only set for `legacy-tls`). */
  minVersion?: SecureVersion;
  /** Highest TLS version offered (only set for `legacy-tls`). */
  maxVersion?: SecureVersion;
  /** OpenSSL cipher string (only set for `legacy-tls`, to drop to security level 0). */
  ciphers?: string;
}

/** Options for {@link createTestPki}. */
export interface CreateTestPkiOptions {
  /** Host names or IP addresses for the good certificates; default `['localhost', '127.0.0.1']`. */
  hostnames?: string[];
  /** The moment validity periods are computed from; default the current time. */
  now?: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const YEAR_MS = 365 * DAY_MS;
const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;

type X509Module = typeof X509;
type X509Crypto = NonNullable<Parameters<X509Module['X509CertificateGenerator']['create']>[1]>;
let x509Loading: Promise<X509Module> | undefined;

/**
 * Loads @peculiar/x509 on first use. Its dependency tsyringe needs the
 * Reflect metadata polyfill to be installed before it loads, so the polyfill
 * is imported first; doing both lazily keeps importing this module free of
 * side effects.
 */
function loadX509(): Promise<X509Module> {
  x509Loading ??= (async () => {
    await import('reflect-metadata');
    return await import('@peculiar/x509');
  })();
  return x509Loading;
}

function pemBlock(label: string, der: ArrayBuffer): string {
  const base64 = Buffer.from(der).toString('base64');
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

async function generateKeys(): Promise<webcrypto.CryptoKeyPair> {
  return webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
}

async function credential(
  cert: X509.X509Certificate,
  keys: webcrypto.CryptoKeyPair,
): Promise<PemCredential> {
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  return {
    certPem: pemBlock('CERTIFICATE', cert.rawData),
    keyPem: pemBlock('PRIVATE KEY', pkcs8),
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
  };
}

function subjectAltNames(x509: X509Module, hostnames: readonly string[]): X509.SubjectAlternativeNameExtension {
  return new x509.SubjectAlternativeNameExtension(
    hostnames.map((name) => ({ type: isIP(name) === 0 ? ('dns' as const) : ('ip' as const), value: name })),
  );
}

/** Distinguished-name values are written into a string DN, so keep them to characters that need no escaping. */
function commonName(name: string): string {
  return `CN=${name.replace(/[^A-Za-z0-9.\-:* ]/g, '_')}`;
}

/**
 * Generates, in memory, a test CA and the server certificates for every {@link TlsMode} (ECDSA P-256, SHA-256).
 */
export async function createTestPki(options: CreateTestPkiOptions = {}): Promise<TestPki> {
  const hostnames = options.hostnames ?? [...defaultTlsHostnames];
  if (hostnames.length === 0) throw new Error('createTestPki: hostnames must not be empty');
  const firstHost = hostnames[0] ?? 'localhost';
  const now = options.now?.getTime() ?? Date.now();
  const x509 = await loadX509();
  // Pass Node's WebCrypto explicitly rather than relying on (or mutating) x509's global provider.
  const crypto = webcrypto as unknown as X509Crypto;

  const caNotBefore = new Date(now - DAY_MS);
  const caNotAfter = new Date(now + YEAR_MS);
  const caName = `CN=${testCaCommonName}`;

  const [caKeys, serverKeys, selfSignedKeys] = await Promise.all([generateKeys(), generateKeys(), generateKeys()]);
  const caSki = await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey, false, crypto);
  const caCert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      name: caName,
      notBefore: caNotBefore,
      notAfter: caNotAfter,
      keys: caKeys,
      signingAlgorithm: SIGNING_ALGORITHM,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(
          x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature,
          true,
        ),
        caSki,
      ],
    },
    crypto,
  );
  const caAki = new x509.AuthorityKeyIdentifierExtension(caSki.keyId);
  const serverSki = await x509.SubjectKeyIdentifierExtension.create(serverKeys.publicKey, false, crypto);

  const leafExtensions = (names: readonly string[]): X509.Extension[] => [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
    new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
    subjectAltNames(x509, names),
  ];

  const issue = (names: readonly string[], notBefore: Date, notAfter: Date): Promise<X509.X509Certificate> =>
    x509.X509CertificateGenerator.create(
      {
        subject: commonName(names[0] ?? firstHost),
        issuer: caCert.subject,
        notBefore,
        notAfter,
        publicKey: serverKeys.publicKey,
        signingKey: caKeys.privateKey,
        signingAlgorithm: SIGNING_ALGORITHM,
        extensions: [...leafExtensions(names), serverSki, caAki],
      },
      crypto,
    );

  const [validCert, expiredCert, wrongHostCert, selfSignedCert] = await Promise.all([
    issue(hostnames, caNotBefore, caNotAfter),
    // Ended a day before `now`; starts before the CA does, which X.509 path validation permits.
    issue(hostnames, new Date(now - 31 * DAY_MS), new Date(now - DAY_MS)),
    issue([wrongHostName], caNotBefore, caNotAfter),
    x509.SubjectKeyIdentifierExtension.create(selfSignedKeys.publicKey, false, crypto).then((ski) =>
      x509.X509CertificateGenerator.createSelfSigned(
        {
          name: commonName(firstHost),
          notBefore: caNotBefore,
          notAfter: caNotAfter,
          keys: selfSignedKeys,
          signingAlgorithm: SIGNING_ALGORITHM,
          extensions: [...leafExtensions(hostnames), ski],
        },
        crypto,
      ),
    ),
  ]);

  const [ca, valid, expired, wrongHost, selfSigned] = await Promise.all([
    credential(caCert, caKeys),
    credential(validCert, serverKeys),
    credential(expiredCert, serverKeys),
    credential(wrongHostCert, serverKeys),
    credential(selfSignedCert, selfSignedKeys),
  ]);
  return { hostnames: [...hostnames], caCertPem: ca.certPem, ca, valid, expired, wrongHost, selfSigned };
}

/**
 * Returns the `https.createServer` / `tls.createServer` options that make a server behave as the given {@link TlsMode}.
 */
export function tlsServerOptions(pki: TestPki, mode: TlsMode): TlsServerOptions {
  const serve = (c: PemCredential): TlsServerOptions => ({ key: c.keyPem, cert: c.certPem });
  switch (mode) {
    case 'valid':
      return serve(pki.valid);
    case 'expired':
      return serve(pki.expired);
    case 'wrong-host':
      return serve(pki.wrongHost);
    case 'self-signed':
      return serve(pki.selfSigned);
    case 'legacy-tls':
      // OpenSSL 3 only negotiates TLS 1.0/1.1 (SHA-1 handshake signatures) at security level 0.
      return { ...serve(pki.valid), minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' };
    default: {
      const unknown: never = mode;
      throw new Error(`unknown TLS mode: ${String(unknown)}`);
    }
  }
}
