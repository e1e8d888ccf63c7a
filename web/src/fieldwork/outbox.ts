/**
 * The inspector's outbox: a visit submitted on the phone waits here (IndexedDB, so photos are kept as
 * files and a closed tab or a flat battery loses nothing) until the network answers, then is sent in
 * order. Like the kiosk's queue (runner/kiosk-queue.ts) each visit keeps the clientId made when it was
 * queued, and the server stores a visit sent twice once. Photos are uploaded first; their ids are
 * written back into the entry so a retry after a lost answer does not upload them again.
 */
import { ref } from 'vue';
import { gql, GraphQLRequestError } from '../graphql';
import { isNetworkError } from '../runner/kiosk-queue';
import type { Severity, StaffPost } from '../gql/graphql';
import { SubmitVisitMutation } from './operations';

export interface QueuedPhoto {
  name: string;
  type: string;
  blob: Blob;
  /** Set once uploaded: the evidence id to name in submitVisit. */
  id?: string;
}

export interface QueuedVisit {
  clientId: string;
  assignmentId: string;
  /** What the list shows: unit and date. */
  label: string;
  answers: Record<string, unknown>;
  startedAt: string;
  endedAt: string;
  staffIds: string[];
  nonConformities: { title: string; severity: Severity; note: string | null }[];
  photos: QueuedPhoto[];
  queuedAt: string;
  /** Why the server refused it for good (kept aside, never retried). */
  refused?: string;
}

export type { StaffPost };

const DB = 'barometer-fieldwork';
const STORE = 'outbox';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'clientId' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** Every visit on this device not yet accepted, oldest first (refused ones included, marked). */
export async function queued(): Promise<QueuedVisit[]> {
  const all = await run('readonly', (s) => s.getAll() as IDBRequest<QueuedVisit[]>);
  return all.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

const put = (visit: QueuedVisit) => run('readwrite', (s) => s.put(visit));
const remove = (clientId: string) => run('readwrite', (s) => s.delete(clientId));

/** How many visits wait to be sent: what the pages show. */
export const waiting = ref(0);
/** Visits sent since the page opened, by clientId → the visit's id on the server. */
export const sent = ref<Record<string, string>>({});

async function recount(): Promise<void> {
  waiting.value = (await queued()).filter((v) => !v.refused).length;
}

export async function enqueue(visit: QueuedVisit): Promise<void> {
  await put(visit);
  await recount();
}

async function uploadPhoto(photo: QueuedPhoto): Promise<string> {
  const response = await fetch(`/api/fieldwork/evidence?name=${encodeURIComponent(photo.name)}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': photo.type || 'application/octet-stream' },
    body: photo.blob,
  });
  const body = await response.json().catch(() => null);
  if (!body) throw new GraphQLRequestError(`The server answered ${response.status}.`, undefined);
  if (!response.ok) {
    const first = body.errors?.[0] ?? body.error ?? {};
    throw new GraphQLRequestError(first.message ?? 'refused', first.extensions?.code ?? 'BAD_USER_INPUT');
  }
  return body.id as string;
}

async function send(visit: QueuedVisit): Promise<string> {
  for (const photo of visit.photos)
    if (!photo.id) {
      photo.id = await uploadPhoto(photo);
      await put(visit);
    }
  const { submitVisit } = await gql(SubmitVisitMutation, {
    input: {
      clientId: visit.clientId,
      assignmentId: visit.assignmentId,
      answers: visit.answers,
      startedAt: visit.startedAt,
      endedAt: visit.endedAt,
      staffIds: visit.staffIds,
      nonConformities: visit.nonConformities,
      attachmentIds: visit.photos.map((p) => p.id as string),
    },
  });
  return submitVisit.id;
}

let flushing: Promise<number> | null = null;
let retry: ReturnType<typeof setTimeout> | null = null;

/**
 * The `online` event can come before the network answers (a phone's radio, a service worker still
 * offline): a failure while the phone says it is online is tried again a little later.
 */
function retrySoon(): void {
  retry ??= setTimeout(() => {
    retry = null;
    void flush();
  }, 5_000);
}

/** Sends what waits, oldest first; stops at the first network failure. Resolves to how many are left. */
export function flush(): Promise<number> {
  flushing ??= (async () => {
    for (const visit of await queued()) {
      if (visit.refused) continue;
      try {
        const id = await send(visit);
        await remove(visit.clientId);
        sent.value = { ...sent.value, [visit.clientId]: id };
      } catch (error) {
        const code = error instanceof GraphQLRequestError ? error.code : undefined;
        if (isNetworkError(error) && navigator.onLine) retrySoon();
        if (isNetworkError(error) || code === 'INTERNAL_SERVER_ERROR' || code === 'UNAUTHENTICATED') break;
        await put({ ...visit, refused: (error as Error).message });
      }
    }
    await recount();
    return waiting.value;
  })().finally(() => (flushing = null));
  return flushing;
}

/** Sends the outbox whenever the phone is back online, and once now. */
let watching = false;
export function watchOutbox(): void {
  if (watching) return;
  watching = true;
  window.addEventListener('online', () => void flush());
  void flush();
}

/** Drops a refused visit from this device (after the inspector has read why). */
export async function discard(clientId: string): Promise<void> {
  await remove(clientId);
  await recount();
}
