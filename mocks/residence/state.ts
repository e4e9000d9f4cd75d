import type { StateDeps } from '../../src/mock/system.js';
import type { WalletDocument, World, WorldEvent } from '../../src/mock/world.js';
import { RESIDENCE_SYSTEM } from './record.js';

/** The changes that end a residence confirmation's value (Circular 55/2021/TT-BCA Art. 17, as amended by Circular 66/2023/TT-BCA). */
const RESIDENCE_CHANGES = ['residence.registered', 'residence.removed', 'residence.temporary.registered', 'death.registered'] as const;

/** The residence database's state: the world holds every residence fact; the system keeps its confirmation numbers and the confirmations still in force. */
export interface ResidenceState {
  readonly world: World;
  /** The next confirmation number, `XNCT-<year>-<6 digits>`. */
  nextConfirmationNumber(): string;
  /** Keeps a confirmation so that a later change to the holder's residence revokes it in their wallet. */
  track(document: WalletDocument): void;
}

/** A fresh residence state over the harness's world; it listens to the world to revoke confirmations. */
export function createResidenceState(deps: StateDeps): ResidenceState {
  const { world } = deps;
  let issued = 0;
  const inForce = new Map<string, WalletDocument[]>();
  const revoke = (event: WorldEvent): void => {
    for (const document of inForce.get(event.personalId) ?? []) world.issueDocument(RESIDENCE_SYSTEM, document.holderId, { ...document, status: 'revoked' });
    inForce.delete(event.personalId);
  };
  for (const kind of RESIDENCE_CHANGES) world.on(kind, revoke);
  return {
    world,
    nextConfirmationNumber: () => `XNCT-${world.today().slice(0, 4)}-${String(++issued).padStart(6, '0')}`,
    track(document) {
      inForce.set(document.holderId, [...(inForce.get(document.holderId) ?? []), document]);
    },
  };
}
