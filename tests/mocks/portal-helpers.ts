import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PortalState } from '../../mocks/portal/index.js';
import type { Served } from './helpers.js';

/** The portal's state in a served harness (the current one: a reset makes a new one). */
export function portalState(s: Served): PortalState {
  const mounted = s.harness.routes.find((r) => r.system.id === 'portal');
  if (!mounted) throw new Error('the portal is not registered');
  return mounted.state as PortalState;
}

/** The frozen test clock, 2026-01-01T00:00:00Z, in Vietnam time as the portal writes it. */
export const NOW_VN = '20260101070000';

/** A valid online birth-registration dossier, already received, due four days later; `overrides` replace fields. */
export function submission(maHoSo: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    MaHoSo: maHoSo,
    MaTTHC: '1.001193',
    TenTTHC: 'Đăng ký khai sinh',
    KenhThucHien: '2',
    ChuHoSo: 'Nguyễn Văn An',
    SoGiayToChuHoSo: '001085999001',
    LoaiDoiTuong: '1',
    Email: 'an@example.vn',
    SoDienThoai: '0912345678',
    NgayTiepNhan: NOW_VN,
    NgayHenTra: '20260105170000',
    TrangThaiHoSo: '2',
    TaiLieuNop: [{ TenTepDinhKem: 'Giấy chứng sinh', DuocSoHoa: '1' }],
    ...overrides,
  };
}

/** Submits a dossier and fails the test unless it is created. */
export async function submit(s: Served, token: string, maHoSo: string, overrides: Record<string, unknown> = {}): Promise<any> {
  const r = await s.call('POST', '/portal/v1/dossiers', { token, json: submission(maHoSo, overrides) });
  if (r.status !== 201) throw new Error(`submission failed: ${r.status} ${r.text}`);
  return r.json();
}

/** Posts a processing step into `TrangThai`. */
export function step(s: Served, token: string, maHoSo: string, TrangThai: string, extra: Record<string, unknown> = {}) {
  return s.call('POST', `/portal/v1/dossiers/${encodeURIComponent(maHoSo)}/steps`, { token, json: { TrangThai, NguoiXuLy: 'Chuyên viên', ...extra } });
}

export interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A local HTTP server that records the callbacks it receives and answers `status`. */
export async function callbackReceiver(status = 200): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = status;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/portal`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
