import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../../src/mock/clock.js';
import { CallbackSender } from '../../src/mock/outbound.js';
import type { CallbackEvent, CallbackMode, DeliveryRecord } from './contract.js';

/** The default delay of the `delayed` mode, in real milliseconds. */
export const DEFAULT_DELAY_MS = 1_000;

interface Registration {
  readonly url: string;
  readonly secret: string;
  readonly registeredAt: string;
  mode: CallbackMode;
  delayMs: number;
  /** The event held back in `out-of-order` mode, sent after the next one. */
  held: CallbackEvent | undefined;
  sequence: number;
}

/**
 * Pushes signed status and payment callbacks to the URL each client registered (HMAC-SHA256 in `x-vn06-signature`,
 * the event ID in `x-vn06-event-id`), one at a time in the order the portal saw the events, without holding up the
 * answer that caused them. A test mode duplicates, reorders or delays them, so the integrator's idempotent handling
 * can be checked. The HTTP agent is opened when there is something to send and closed when the queue is empty, so
 * nothing is left open after a harness reset once `idle()` resolves.
 */
export class CallbackQueue {
  private readonly clock: Clock;
  private readonly registrations = new Map<string, Registration>();
  private readonly deliveries = new Map<string, DeliveryRecord[]>();
  private chain: Promise<void> = Promise.resolve();
  private pending = 0;
  private sender: CallbackSender | undefined;
  private eventSerial = 0;

  constructor(clock: Clock) {
    this.clock = clock;
  }

  register(client: string, url: string, secret: string): void {
    const previous = this.registrations.get(client);
    if (previous?.held) this.schedule(client, previous, [previous.held], 0);
    this.registrations.set(client, { url, secret, registeredAt: new Date(this.clock.now()).toISOString(), mode: previous?.mode ?? 'normal', delayMs: previous?.delayMs ?? DEFAULT_DELAY_MS, held: undefined, sequence: previous?.sequence ?? 0 });
  }

  registration(client: string): { url: string; mode: CallbackMode; delayMs: number; held: number; registeredAt: string } | undefined {
    const r = this.registrations.get(client);
    return r && { url: r.url, mode: r.mode, delayMs: r.delayMs, held: r.held ? 1 : 0, registeredAt: r.registeredAt };
  }

  /** Sets how the client's next callbacks are delivered; anything held back is sent first. Nothing when the client registered no URL. */
  setMode(client: string, mode: CallbackMode, delayMs = DEFAULT_DELAY_MS): void {
    const r = this.registrations.get(client);
    if (!r) return;
    this.flush(client);
    r.mode = mode;
    r.delayMs = delayMs;
  }

  /** Sends the event held back in `out-of-order` mode, if any. */
  flush(client: string): void {
    const r = this.registrations.get(client);
    if (!r?.held) return;
    this.schedule(client, r, [r.held], 0);
    r.held = undefined;
  }

  /** Queues an event for the client's URL; nothing happens when the client registered none. */
  push(client: string, type: CallbackEvent['type'], data: Record<string, unknown>): void {
    const r = this.registrations.get(client);
    if (!r) return;
    const event: CallbackEvent = { id: `evt-${String(++this.eventSerial).padStart(6, '0')}`, type, sequence: ++r.sequence, occurredAt: new Date(this.clock.now()).toISOString(), data };
    switch (r.mode) {
      case 'normal':
        return this.schedule(client, r, [event], 0);
      case 'duplicate':
        return this.schedule(client, r, [event, event], 0);
      case 'delayed':
        return this.schedule(client, r, [event], r.delayMs);
      case 'out-of-order':
        if (!r.held) {
          r.held = event;
          return;
        }
        this.schedule(client, r, [event, r.held], 0);
        r.held = undefined;
    }
  }

  /** The attempts made for this client so far, in the order they were sent. */
  deliveriesOf(client: string): readonly DeliveryRecord[] {
    return this.deliveries.get(client) ?? [];
  }

  /** Resolves when every queued callback has been attempted and the HTTP agent is closed. */
  idle(): Promise<void> {
    return this.chain;
  }

  private schedule(client: string, r: Registration, events: readonly CallbackEvent[], delayMs: number): void {
    const { url, secret, mode } = r;
    this.pending += 1;
    this.chain = this.chain.then(async () => {
      try {
        if (delayMs > 0) await sleep(delayMs);
        for (const event of events) await this.deliver(client, url, secret, mode, event);
      } finally {
        this.pending -= 1;
        if (this.pending === 0) await this.closeSender();
      }
    });
  }

  private async deliver(client: string, url: string, secret: string, mode: CallbackMode, event: CallbackEvent): Promise<void> {
    this.sender ??= new CallbackSender();
    const now = this.clock.now();
    const attempt = await this.sender.send(url, secret, event.id, event, now);
    const list = this.deliveries.get(client) ?? [];
    list.push({ eventId: event.id, type: event.type, sequence: event.sequence, mode, url, sentAt: new Date(now).toISOString(), status: attempt.status, error: attempt.error });
    this.deliveries.set(client, list);
  }

  private async closeSender(): Promise<void> {
    const sender = this.sender;
    this.sender = undefined;
    await sender?.close();
  }
}
