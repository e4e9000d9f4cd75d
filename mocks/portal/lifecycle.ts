/** The dossier status codes of the real portal synchronisation (`TrangThaiHoSo`, research notes §7.3). */
export const statusCodes = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const;
export type StatusCode = (typeof statusCodes)[number];

/** What a status means to the life-cycle: where it may go next, and how it counts towards the deadline. */
export interface StatusRule {
  readonly label: string;
  /** The name a procedure system reports to monitoring for entering this status (R-CONN-4). */
  readonly event: string;
  /** The statuses a dossier in this one may move to; empty for a final status. */
  readonly next: readonly StatusCode[];
  /** Processing is over (a result is ready, or the dossier was refused, withdrawn or stopped): the deadline no longer runs. */
  readonly settled: boolean;
  /** The dossier waits on the citizen (papers or fees): an open dossier here is not counted late. */
  readonly waitsOnCitizen: boolean;
}

/**
 * The life-cycle as one table: vn06's reading of the ten codes (the official specification was not found). Refusal
 * (3) happens at intake; a supplement request (5) may come at intake or during processing; a fee request (6) before or
 * after processing; 3, 7, 8 and 10 are final.
 */
export const lifecycle: Readonly<Record<StatusCode, StatusRule>> = {
  '1': { label: 'Mới đăng ký', event: 'registered', next: ['2', '3', '5', '7'], settled: false, waitsOnCitizen: false },
  '2': { label: 'Được tiếp nhận', event: 'received', next: ['4', '5', '6', '7', '8'], settled: false, waitsOnCitizen: false },
  '3': { label: 'Không được tiếp nhận', event: 'rejected', next: [], settled: true, waitsOnCitizen: false },
  '4': { label: 'Đang xử lý', event: 'processing', next: ['5', '6', '7', '8', '9'], settled: false, waitsOnCitizen: false },
  '5': { label: 'Yêu cầu bổ sung giấy tờ', event: 'supplement-requested', next: ['2', '3', '4', '7', '8'], settled: false, waitsOnCitizen: true },
  '6': { label: 'Yêu cầu thực hiện nghĩa vụ tài chính', event: 'fee-requested', next: ['4', '7', '8', '9', '10'], settled: false, waitsOnCitizen: true },
  '7': { label: 'Công dân yêu cầu rút hồ sơ', event: 'withdrawn', next: [], settled: true, waitsOnCitizen: false },
  '8': { label: 'Dừng xử lý', event: 'stopped', next: [], settled: true, waitsOnCitizen: false },
  '9': { label: 'Đã xử lý xong', event: 'finished', next: ['6', '10'], settled: true, waitsOnCitizen: false },
  '10': { label: 'Đã trả kết quả', event: 'returned', next: [], settled: true, waitsOnCitizen: false },
};

/** The statuses a new dossier may start in: registered online, or already received. */
export const initialStatuses = ['1', '2'] as const satisfies readonly StatusCode[];

/** The monitoring event names, in status order. */
export const monitoringEvents = statusCodes.map((code) => lifecycle[code].event);

/** `4 (Đang xử lý)`: a status as messages quote it. */
export function describeStatus(code: StatusCode): string {
  return `${code} (${lifecycle[code].label})`;
}

/** Why the life-cycle forbids moving from one status to another, or undefined when it allows it. */
export function transitionRefusal(from: StatusCode, to: StatusCode): string | undefined {
  const rule = lifecycle[from];
  if (rule.next.includes(to)) return undefined;
  if (rule.next.length === 0) return `${describeStatus(from)} → ${describeStatus(to)} is not allowed: ${describeStatus(from)} is final`;
  return `${describeStatus(from)} → ${describeStatus(to)} is not allowed; from ${from} the allowed are ${rule.next.join(', ')}`;
}
