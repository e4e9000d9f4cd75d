import type { World } from '../../src/mock/world.js';
import { Refusal } from './errors.js';
import type { AccommodationBody, AccommodationNotice } from './services-contract.js';

/**
 * Accommodation notices ("thông báo lưu trú", R-PORT-8): a host declares a guest's stay. A Vietnamese guest is named by
 * personal ID and must be a living citizen in the NPD; a foreign guest by passport.
 */
export class AccommodationStore {
  private readonly notices = new Map<string, AccommodationNotice>();
  private readonly world: World;

  constructor(world: World) {
    this.world = world;
  }

  accept(body: AccommodationBody, client: string, now: number): AccommodationNotice | Refusal {
    const known = (id: string, field: string) => {
      const citizen = this.world.citizen(id);
      if (!citizen) return new Refusal(422, `Failed to accept the accommodation notice: no citizen with personal ID ${id} in the NPD`, field);
      if (citizen.dateOfDeath !== null) return new Refusal(422, `Failed to accept the accommodation notice: the citizen with personal ID ${id} is deceased`, field);
      return citizen;
    };
    if (body.host.SoDinhDanh !== undefined) {
      const host = known(body.host.SoDinhDanh, 'host.SoDinhDanh');
      if (host instanceof Refusal) return host;
    }
    let guest: AccommodationNotice['guest'];
    if ('SoDinhDanh' in body.guest) {
      const citizen = known(body.guest.SoDinhDanh, 'guest.SoDinhDanh');
      if (citizen instanceof Refusal) return citizen;
      guest = { SoDinhDanh: citizen.personalId, HoVaTen: citizen.fullName };
    } else {
      guest = { passport: body.guest.passport, HoVaTen: body.guest.passport.fullName };
    }
    const notice: AccommodationNotice = { id: `lt-${String(this.notices.size + 1).padStart(6, '0')}`, host: body.host, guest, from: body.from, to: body.to, address: body.address, receivedAt: new Date(now).toISOString(), client };
    this.notices.set(notice.id, notice);
    return notice;
  }

  get(id: string): AccommodationNotice | undefined {
    return this.notices.get(id);
  }

  /** The notices about a guest, by personal ID or passport number. */
  forGuest(guest: string): AccommodationNotice[] {
    return [...this.notices.values()].filter((n) => n.guest.SoDinhDanh === guest || n.guest.passport?.number === guest);
  }
}
