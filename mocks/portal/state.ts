import type { Clock } from '../../src/mock/clock.js';
import type { StateDeps } from '../../src/mock/system.js';
import type { World, WorldEvent } from '../../src/mock/world.js';
import { AccommodationStore } from './accommodation.js';
import { CallbackQueue } from './callbacks.js';
import { CatalogueStore } from './catalogue.js';
import type { DossierView } from './contract.js';
import { DossierStore, lateness, renderDossier, type Dossier, type StatusChange } from './dossiers.js';
import { FormStore } from './forms.js';
import { IdempotencyStore } from './idempotency.js';
import { lifecycle } from './lifecycle.js';
import { MonitoringStore } from './monitoring.js';
import { SigningService } from './signing.js';
import { WarehouseStore } from './warehouse.js';

/** The system ID the portal's world events carry. */
export const PORTAL = 'portal';

/** The portal's state: one store per service, fresh on every harness reset. */
export interface PortalState {
  readonly clock: Clock;
  readonly world: World;
  readonly dossiers: DossierStore;
  readonly callbacks: CallbackQueue;
  readonly idempotency: IdempotencyStore;
  readonly catalogue: CatalogueStore;
  readonly forms: FormStore;
  readonly signing: SigningService;
  readonly warehouse: WarehouseStore;
  readonly monitoring: MonitoringStore;
  readonly accommodation: AccommodationStore;
}

export function createPortalState(deps: StateDeps): PortalState {
  const signing = new SigningService(deps.seed, deps.clock, deps.world);
  const state: PortalState = {
    clock: deps.clock,
    world: deps.world,
    dossiers: new DossierStore(),
    callbacks: new CallbackQueue(deps.clock),
    idempotency: new IdempotencyStore(),
    catalogue: new CatalogueStore(),
    forms: new FormStore(),
    signing,
    warehouse: new WarehouseStore(deps.world, signing),
    monitoring: new MonitoringStore(),
    accommodation: new AccommodationStore(deps.world),
  };
  deps.world.on('payment.confirmed', (event) => recordPayment(state, event));
  return state;
}

/** The personal ID of the dossier's owner, when it has one (a citizen's dossier); '' for an organisation's. */
export function ownerId(dossier: Dossier): string {
  const { SoGiayToChuHoSo, DinhDanhCHS } = dossier.submission;
  if (/^\d{12}$/.test(SoGiayToChuHoSo)) return SoGiayToChuHoSo;
  return DinhDanhCHS.find((d) => d.LoaiDinhDanh === '1')?.SoDinhDanh ?? '';
}

/** The dossier as the portal shows it now, with the warehouse documents stored for it. */
export function viewOf(state: PortalState, dossier: Dossier): DossierView {
  return renderDossier(dossier, state.clock.now(), state.warehouse.idsFor(dossier.submission.MaHoSo));
}

/** Tells the world of a new dossier (`dossier.submitted`). */
export function announceSubmission(state: PortalState, dossier: Dossier): void {
  const { MaHoSo, MaTTHC, TrangThaiHoSo, KenhThucHien } = dossier.submission;
  state.world.emit(PORTAL, 'dossier.submitted', ownerId(dossier), { MaHoSo, MaTTHC, TrangThaiHoSo, KenhThucHien, client: dossier.client });
}

/** Tells the world (`dossier.status-changed`) and the submitter's callback URL of a status change. */
export function announceStatusChange(state: PortalState, change: StatusChange): void {
  const { dossier, from, to, step } = change;
  const { MaHoSo, MaTTHC } = dossier.submission;
  const late = lateness(dossier, state.clock.now()).late;
  state.world.emit(PORTAL, 'dossier.status-changed', ownerId(dossier), { MaHoSo, MaTTHC, from, to, late, client: dossier.client });
  state.callbacks.push(dossier.client, 'dossier.status-changed', {
    MaHoSo,
    MaTTHC,
    TrangThaiTruoc: from,
    TrangThaiHoSo: to,
    TenTrangThaiHoSo: lifecycle[to].label,
    ThoiDiemXuLy: step.ThoiDiemXuLy,
    NgayHenTra: dossier.deadline,
    late,
  });
}

/** A `payment.confirmed` event naming a dossier (`data.MaHoSo`): kept on the dossier and pushed to its submitter. */
function recordPayment(state: PortalState, event: WorldEvent): void {
  const maHoSo = event.data.MaHoSo;
  const dossier = typeof maHoSo === 'string' ? state.dossiers.get(maHoSo) : undefined;
  if (!dossier) return;
  dossier.payments.push({ at: event.at, data: event.data });
  state.callbacks.push(dossier.client, 'payment.confirmed', { ...event.data, MaHoSo: maHoSo });
}
