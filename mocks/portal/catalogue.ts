import type { CatalogueEntry } from './services-contract.js';
import { vnDay } from './vn-time.js';

/** Decree 42/2022 targets for provinces (R-PORT-10): 80% of procedures online, 80% of those end to end. */
export const CATALOGUE_TARGETS = { onlineShare: 0.8, endToEndShareOfOnline: 0.8 } as const;

interface Published {
  readonly publishedAt: string;
  readonly procedures: readonly CatalogueEntry[];
}

/** The online and end-to-end shares of a catalogue, against the targets. */
export function catalogueRatios(procedures: readonly CatalogueEntry[]) {
  const online = procedures.filter((p) => p.online).length;
  const endToEnd = procedures.filter((p) => p.online && p.endToEnd).length;
  const onlineShare = procedures.length === 0 ? 0 : online / procedures.length;
  const endToEndShareOfOnline = online === 0 ? 0 : endToEnd / online;
  return {
    procedures: procedures.length,
    online,
    endToEnd,
    onlineShare,
    endToEndShareOfOnline,
    targets: { ...CATALOGUE_TARGETS },
    meetsTargets: { online: onlineShare >= CATALOGUE_TARGETS.onlineShare, endToEnd: endToEndShareOfOnline >= CATALOGUE_TARGETS.endToEndShareOfOnline },
  };
}

/** The procedure catalogue each procedure system publishes (R-PORT-10), with its no-paper days and services (R-PORT-11). */
export class CatalogueStore {
  private readonly byClient = new Map<string, Published>();

  publish(client: string, procedures: readonly CatalogueEntry[], now: number): Published {
    const published = { publishedAt: new Date(now).toISOString(), procedures: [...procedures] };
    this.byClient.set(client, published);
    return published;
  }

  get(client: string): Published | undefined {
    return this.byClient.get(client);
  }

  /** True when the client's catalogue declares this procedure paperless at this instant (Vietnam's calendar day). */
  noPaperOn(client: string, maTTHC: string, at: number): boolean {
    const rule = this.byClient.get(client)?.procedures.find((p) => p.MaTTHC === maTTHC)?.noPaper;
    if (!rule) return false;
    const { date, weekday } = vnDay(at);
    return rule.always === true || (rule.weekdays ?? []).includes(weekday) || (rule.dates ?? []).includes(date);
  }
}
