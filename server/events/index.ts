import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Typed domain events: how a module tells the modules after it that something happened without
 * importing them (design.md §1, the backward edges). Each module declares the events it emits by
 * augmenting `DomainEvents` in its own `events.ts`:
 *
 *   declare module '../events/index.js' { interface DomainEvents { unitMoved: { orgId: string } } }
 *
 * Delivery is transactional and ordered: `emit` runs every subscriber of the event, in the order
 * they were registered, inside the emitter's transaction (`em` is that transaction), so a
 * subscriber's writes commit or roll back with the change that caused them. A subscriber that
 * works out of process registers as durable: `emit` then inserts one pg-boss job per event in the
 * same transaction (`server/jobs`), and a worker in any server copy runs it once, with retries.
 * Subscribers are registered once at start-up by the composition root (`server/app`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by each module's events.ts
export interface DomainEvents {}

export type EventName = keyof DomainEvents;

/** An in-transaction subscriber: `em` is the emitter's transaction. */
export type Subscriber<K extends EventName> = (em: EntityManager, event: DomainEvents[K]) => Promise<void>;

/** Sends a job in the caller's transaction: what `server/jobs` gives the bus for durable subscribers. */
export type JobSender = (em: EntityManager, queue: string, data: object) => Promise<void>;

/** What a module hands the composition root: its subscribers, by event. */
export type Subscriptions = { [K in EventName]?: Subscriber<K>[] };

type AnySubscriber = (em: EntityManager, event: unknown) => Promise<void>;

const inTransaction = new Map<EventName, AnySubscriber[]>();
const durable = new Map<EventName, string[]>();
const registered = new Set<object>();
let sendJob: JobSender | null = null;

/** Registers a module's subscribers; registering the same set twice is a no-op. */
export function subscribe(subscriptions: Subscriptions): void {
  if (registered.has(subscriptions)) return;
  registered.add(subscriptions);
  for (const [name, list] of Object.entries(subscriptions) as [EventName, AnySubscriber[]][]) {
    inTransaction.set(name, [...(inTransaction.get(name) ?? []), ...list]);
  }
}

/** Registers a queue that receives one job per `name` event, sent in the emitting transaction. */
export function subscribeDurable(name: EventName, queue: string): void {
  const queues = durable.get(name) ?? [];
  if (!queues.includes(queue)) durable.set(name, [...queues, queue]);
}

/** Whether any subscriber works out of process (the composition root then starts the job queue). */
export function hasDurableSubscribers(): boolean {
  return durable.size > 0;
}

/** Whether the bus can send jobs (a worker-only process connects its own queue when not). */
export function hasJobSender(): boolean {
  return sendJob !== null;
}

/** Connects the bus to the job queue (start-up, once the queue runs). */
export function useJobSender(sender: JobSender | null): void {
  sendJob = sender;
}

/** Delivers `event` to every subscriber of `name`, in order, inside the caller's transaction. */
export async function emit<K extends EventName>(em: EntityManager, name: K, event: DomainEvents[K]): Promise<void> {
  if (!registered.size) throw new Error(`Event ${name} emitted before any subscriber was registered (server/app).`);
  for (const subscriber of inTransaction.get(name) ?? []) await subscriber(em, event);
  const queues = durable.get(name);
  if (!queues?.length) return;
  if (!sendJob) throw new Error(`Event ${name} has durable subscribers but the job queue is not running.`);
  for (const queue of queues) await sendJob(em, queue, { name, event } satisfies EventJob<K>);
}

/** The job a durable subscriber's queue receives for each event. */
export interface EventJob<K extends EventName = EventName> {
  name: K;
  event: DomainEvents[K];
}
