import type { Citizen } from '../contract/citizen.js';
import { hashKeys } from '../generator/prng.js';

/** An account a benefit can be paid to (R-PORT-14): bank, e-wallet or mobile money, held by one personal ID. */
export interface PaymentAccount {
  readonly kind: 'bank' | 'e-wallet' | 'mobile-money';
  /** Bank short name (Vietcombank, …), wallet (MoMo, …) or carrier service (Viettel Money, …). */
  readonly provider: string;
  readonly number: string;
  /** The personal ID the provider has on file for the holder. */
  readonly holderId: string;
}

/** A driving licence (giấy phép lái xe), 12 digits, with its class and validity. */
export interface DrivingLicence {
  readonly number: string;
  readonly licenceClass: 'A1' | 'A' | 'B' | 'C';
  readonly issuedOn: string;
  /** Null for classes without expiry (A1, A). */
  readonly expiresOn: string | null;
}

/** An electronic health-check result for a driver (R-LOOK-10), as the health facility sends it to social insurance. */
export interface HealthCheck {
  readonly id: string;
  readonly facility: string;
  readonly checkedOn: string;
  readonly fitToDrive: boolean;
  readonly licenceClasses: readonly string[];
}

/** What the other simulated systems know about a citizen beyond the NPD record; derived from the seed and the ID. */
export interface CitizenExtras {
  readonly paymentAccount: PaymentAccount | null;
  readonly drivingLicence: DrivingLicence | null;
  readonly healthCheck: HealthCheck | null;
  /** A person with meritorious service (người có công): a different funeral-allowance regime (R-LT-5). */
  readonly meritoriousService: boolean;
}

const BANKS = ['Vietcombank', 'VietinBank', 'BIDV', 'Agribank', 'Techcombank', 'MB', 'VPBank', 'ACB', 'Sacombank'] as const;
const WALLETS = ['MoMo', 'ZaloPay', 'ShopeePay', 'VNPT Money'] as const;
const MOBILE_MONEY = ['Viettel Money', 'VNPT Money', 'MobiFone Money'] as const;
const FACILITIES = ['Bệnh viện Bạch Mai', 'Bệnh viện Chợ Rẫy', 'Bệnh viện Đa khoa tỉnh Thanh Hóa', 'Bệnh viện Đà Nẵng', 'Trung tâm Y tế quận Cầu Giấy'] as const;

/** Fixed extras for the personas, so scenarios can name them whatever the seed. */
const PERSONA_EXTRAS: Readonly<Record<string, Partial<CitizenExtras>>> = {
  // ordinary-adult: a bank account, a class-B licence and a fresh health check.
  '001085999001': {
    paymentAccount: { kind: 'bank', provider: 'Vietcombank', number: '0011004999001', holderId: '001085999001' },
    drivingLicence: { number: '010185999001', licenceClass: 'B', issuedOn: '2016-05-20', expiresOn: '2026-05-20' },
    healthCheck: { id: 'KSK-001085999001-1', facility: 'Bệnh viện Bạch Mai', checkedOn: '2025-12-01', fitToDrive: true, licenceClasses: ['B'] },
    meritoriousService: false,
  },
  // deceased: a person with meritorious service whose account is with Agribank.
  '038050999003': {
    paymentAccount: { kind: 'bank', provider: 'Agribank', number: '3800205999003', holderId: '038050999003' },
    drivingLicence: null,
    healthCheck: null,
    meritoriousService: true,
  },
  // vneid-level-2: a mobile-money account registered to someone else's ID (a holder mismatch).
  '048096999009': {
    paymentAccount: { kind: 'mobile-money', provider: 'Viettel Money', number: '0987999009', holderId: '048195999008' },
    drivingLicence: { number: '480196999009', licenceClass: 'A1', issuedOn: '2015-03-01', expiresOn: null },
    healthCheck: { id: 'KSK-048096999009-1', facility: 'Bệnh viện Đà Nẵng', checkedOn: '2025-06-10', fitToDrive: false, licenceClasses: ['B'] },
    meritoriousService: false,
  },
};

function addYears(iso: string, years: number): string {
  return `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;
}

function digits(h: number, length: number): string {
  return String(h % 10 ** Math.min(length, 9)).padStart(length, '0');
}

/**
 * The extras of one citizen: about 70% of adults hold an account (banks most), 45% a driving licence, 25% a health
 * check in the two years before asOf, 1.5% of those born before 1960 are people with meritorious service. Same seed, same answer.
 */
export function citizenExtras(seed: number, citizen: Citizen, asOf: string): CitizenExtras {
  const fixed = PERSONA_EXTRAS[citizen.personalId];
  const key = Number(citizen.personalId);
  const h = (stream: number): number => hashKeys(seed, 9100 + stream, key);
  const age = Number(asOf.slice(0, 4)) - Number(citizen.dateOfBirth.slice(0, 4));
  const adult = age >= 18;

  let paymentAccount: PaymentAccount | null = null;
  if (adult && h(1) % 100 < 70) {
    const pick = h(2) % 100;
    const kind = pick < 75 ? 'bank' : pick < 92 ? 'e-wallet' : 'mobile-money';
    const list = kind === 'bank' ? BANKS : kind === 'e-wallet' ? WALLETS : MOBILE_MONEY;
    const provider = list[h(3) % list.length]!;
    const number = kind === 'bank' ? `${digits(h(4), 6)}${digits(h(5), 7)}` : (citizen.phone ?? `09${digits(h(4), 8)}`);
    paymentAccount = { kind, provider, number, holderId: citizen.personalId };
  }

  let drivingLicence: DrivingLicence | null = null;
  if (adult && h(6) % 100 < 45) {
    const licenceClass = (['A1', 'A1', 'A', 'B', 'B', 'C'] as const)[h(7) % 6]!;
    const issuedYear = Math.max(Number(citizen.dateOfBirth.slice(0, 4)) + 18, Number(asOf.slice(0, 4)) - 1 - (h(8) % 15));
    const issuedOn = `${issuedYear}-${String(1 + (h(9) % 12)).padStart(2, '0')}-${String(1 + (h(10) % 28)).padStart(2, '0')}`;
    drivingLicence = {
      number: `${citizen.personalId.slice(1, 3)}${digits(h(11), 10)}`,
      licenceClass,
      issuedOn,
      expiresOn: licenceClass === 'B' || licenceClass === 'C' ? addYears(issuedOn, 10) : null,
    };
  }

  let healthCheck: HealthCheck | null = null;
  if (adult && h(12) % 100 < 25) {
    // Some day in the two years before asOf (UTC arithmetic on whole days: the same on every machine).
    const checkedOn = new Date(Date.parse(`${asOf}T00:00:00Z`) - (1 + (h(13) % 730)) * 86_400_000).toISOString().slice(0, 10);
    healthCheck = {
      id: `KSK-${citizen.personalId}-1`,
      facility: FACILITIES[h(14) % FACILITIES.length]!,
      checkedOn,
      fitToDrive: h(17) % 100 < 96,
      licenceClasses: [drivingLicence?.licenceClass ?? 'B'],
    };
  }

  const meritoriousService = Number(citizen.dateOfBirth.slice(0, 4)) < 1960 && h(18) % 1000 < 15;
  return { paymentAccount, drivingLicence, healthCheck, meritoriousService, ...fixed };
}
