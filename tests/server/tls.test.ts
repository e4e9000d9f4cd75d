import { createPrivateKey, X509Certificate } from 'node:crypto';
import { request, createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestPki,
  testCaCommonName,
  tlsModes,
  tlsServerOptions,
  wrongHostName,
  type TestPki,
  type TlsMode,
} from '../../src/server/tls.js';

const NOW = new Date();
let pki: TestPki;
const servers = new Map<TlsMode, Server>();

interface Outcome {
  status?: number;
  protocol?: string | null;
  code?: string;
  message?: string;
}

interface ClientOptions {
  ca?: string;
  servername?: string;
  minVersion?: 'TLSv1' | 'TLSv1.2';
  ciphers?: string;
}

function portOf(mode: TlsMode): number {
  const server = servers.get(mode);
  if (!server) throw new Error(`no server for ${mode}`);
  return (server.address() as AddressInfo).port;
}

/** One HTTPS GET to 127.0.0.1 as a client configured by `opts`; resolves with the status or the error code. */
function get(mode: TlsMode, opts: ClientOptions): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: portOf(mode),
        path: '/',
        method: 'GET',
        agent: false,
        timeout: 5_000,
        ...opts,
      },
      (res) => {
        const protocol = (res.socket as TLSSocket).getProtocol();
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode, protocol }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ code: err.code ?? 'NO_CODE', message: err.message }));
    req.end();
  });
}

/** What a correct client does: trust only the vn06 test CA and check the name `localhost`. */
const strict = (): ClientOptions => ({ ca: pki.caCertPem, servername: 'localhost' });

beforeAll(async () => {
  pki = await createTestPki({ now: NOW });
  for (const mode of tlsModes) {
    const server = createServer(tlsServerOptions(pki, mode), (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
    // Failed handshakes are the point of most modes; keep them from surfacing as unhandled errors.
    server.on('tlsClientError', () => {});
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.set(mode, server);
  }
});

afterAll(async () => {
  await Promise.all(
    [...servers.values()].map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

describe('createTestPki', () => {
  it('issues a CA "vn06 test CA" valid from now-1 day to now+1 year and a server certificate it signed', () => {
    const ca = new X509Certificate(pki.caCertPem);
    expect(ca.subject).toBe(`CN=${testCaCommonName}`);
    expect(ca.ca).toBe(true);
    expect(ca.checkIssued(ca)).toBe(true);
    expect(new Date(ca.validFrom).getTime()).toBe(Math.floor((NOW.getTime() - 86_400_000) / 1000) * 1000);
    expect(new Date(ca.validTo).getTime()).toBe(Math.floor((NOW.getTime() + 365 * 86_400_000) / 1000) * 1000);

    const leaf = new X509Certificate(pki.valid.certPem);
    expect(leaf.ca).toBe(false);
    expect(leaf.checkIssued(ca)).toBe(true);
    expect(leaf.verify(ca.publicKey)).toBe(true);
    expect(leaf.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1');
    expect(leaf.checkPrivateKey(createPrivateKey(pki.valid.keyPem))).toBe(true);
    expect(pki.valid.keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
  });

  it('makes the expired, wrong-host and self-signed certificates as described', () => {
    const ca = new X509Certificate(pki.caCertPem);
    const expired = new X509Certificate(pki.expired.certPem);
    expect(expired.verify(ca.publicKey)).toBe(true);
    expect(new Date(expired.validTo).getTime()).toBeLessThan(NOW.getTime() - 86_400_000 + 1000);

    const wrong = new X509Certificate(pki.wrongHost.certPem);
    expect(wrong.verify(ca.publicKey)).toBe(true);
    expect(wrong.subjectAltName).toBe(`DNS:${wrongHostName}`);

    const self = new X509Certificate(pki.selfSigned.certPem);
    expect(self.verify(ca.publicKey)).toBe(false);
    expect(self.verify(self.publicKey)).toBe(true);
    expect(self.issuer).toBe(self.subject);
    expect(self.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1');
  });

  it('puts IP addresses in IP SANs and names in DNS SANs for custom hostnames', async () => {
    const custom = await createTestPki({ hostnames: ['api.vn06.test', '::1'] });
    expect(new X509Certificate(custom.valid.certPem).subjectAltName).toBe('DNS:api.vn06.test, IP Address:0:0:0:0:0:0:0:1');
  });
});

describe('TLS modes against a correct client (trusts only the vn06 CA, checks the host name)', () => {
  it('valid: the request succeeds', async () => {
    const out = await get('valid', strict());
    expect(out).toEqual({ status: 200, protocol: 'TLSv1.3' });
  });

  it('valid: also verifies by IP address (no SNI) through the IP SAN', async () => {
    const out = await get('valid', { ca: pki.caCertPem });
    expect(out.status).toBe(200);
  });

  it('valid: a client that does not trust the vn06 CA refuses it', async () => {
    const out = await get('valid', { servername: 'localhost' });
    expect(out.code).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });

  it('expired: refused with CERT_HAS_EXPIRED', async () => {
    const out = await get('expired', strict());
    expect(out.code).toBe('CERT_HAS_EXPIRED');
  });

  it('wrong-host: refused with ERR_TLS_CERT_ALTNAME_INVALID', async () => {
    const out = await get('wrong-host', strict());
    expect(out.code).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    expect(out.message).toContain(wrongHostName);
  });

  it('self-signed: refused as a self-signed certificate', async () => {
    const out = await get('self-signed', strict());
    expect(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN']).toContain(out.code);
  });

  it('legacy-tls: a default client (TLS 1.2 minimum) refuses to negotiate', async () => {
    const out = await get('legacy-tls', strict());
    // Node 20 / OpenSSL 3.0 reports this as a socket EPROTO carrying the server's protocol_version alert (70).
    expect(out.status).toBeUndefined();
    expect(out.code).toBe('EPROTO');
    expect(out.message).toMatch(/tlsv1 alert protocol version|unsupported protocol/);
  });

  it('legacy-tls: a deliberately insecure client does connect, over TLS 1.1', async () => {
    const out = await get('legacy-tls', { ...strict(), minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' });
    expect(out).toEqual({ status: 200, protocol: 'TLSv1.1' });
  });

  it('every bad mode is refused by a correct client, and only valid succeeds', async () => {
    const results = await Promise.all(tlsModes.map(async (mode) => [mode, (await get(mode, strict())).status] as const));
    expect(Object.fromEntries(results)).toEqual({
      valid: 200,
      expired: undefined,
      'wrong-host': undefined,
      'self-signed': undefined,
      'legacy-tls': undefined,
    });
  });
});
