import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PlanResult, Values } from '../validation-plan.js';

/**
 * A pool of worker threads running survey-core (node:worker_threads, no extra dependency), so a
 * 5–50 ms validation never blocks the event loop. Each worker keeps a SurveyModel per version;
 * a version's definition is sent to a worker only the first time it judges that version.
 */
interface Job {
  id: number;
  versionId: string;
  definition: Values;
  answers: Values;
  resolve: (result: PlanResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  known: Set<string>;
  jobs: Map<number, Job>;
}

const here = import.meta.url;
// Under the TypeScript loader (tests, scripts) the worker is the .ts source; in dist/ it is .js.
const source = here.endsWith('.ts');
const WORKER = new URL(source ? './survey-core-worker.ts' : './survey-core-worker.js', here);
const SIZE = Math.max(1, Math.min(4, Number(process.env.SURVEY_CORE_WORKERS) || availableParallelism() - 1));

let slots: Slot[] = [];
let nextId = 1;

function spawn(): Slot {
  const worker = new Worker(WORKER, { execArgv: source ? ['--import', '@swc-node/register/esm-register'] : [] });
  const slot: Slot = { worker, known: new Set(), jobs: new Map() };
  worker.unref();
  worker.on('message', (m: { id: number; result?: PlanResult; error?: string; missing?: boolean }) => {
    const job = slot.jobs.get(m.id);
    if (!job) return;
    if (m.missing) {
      slot.known.delete(job.versionId);
      return send(slot, job);
    }
    slot.jobs.delete(m.id);
    if (!slot.jobs.size) worker.unref(); // an idle pool never keeps the process alive
    if (m.error !== undefined) job.reject(new Error(`survey-core could not judge this response: ${m.error}`));
    else job.resolve(m.result!);
  });
  worker.on('error', (error) => fail(slot, error));
  worker.on('exit', (code) => fail(slot, new Error(`a survey-core worker stopped (exit code ${code})`)));
  return slot;
}

function fail(slot: Slot, error: Error): void {
  slots = slots.filter((s) => s !== slot);
  for (const job of slot.jobs.values()) job.reject(error);
  slot.jobs.clear();
}

function send(slot: Slot, job: Job): void {
  const first = !slot.known.has(job.versionId);
  slot.known.add(job.versionId);
  slot.jobs.set(job.id, job);
  slot.worker.ref(); // a pending judgement keeps the process alive until it is answered
  const { id, versionId, answers, definition } = job;
  slot.worker.postMessage({ id, versionId, answers, ...(first ? { definition } : {}) });
}

/** The least busy worker, preferring one that already holds the version's model. */
function pickSlot(versionId: string): Slot {
  while (slots.length < SIZE) slots.push(spawn());
  const holds = (s: Slot) => Number(s.known.has(versionId));
  return [...slots].sort((a, b) => a.jobs.size - b.jobs.size || holds(b) - holds(a))[0];
}

export function judgeInPool(versionId: string, definition: Values, answers: Values): Promise<PlanResult> {
  return new Promise((resolve, reject) => {
    send(pickSlot(versionId), { id: nextId++, versionId, definition, answers, resolve, reject });
  });
}

/** Stops the workers (tests, shutdown); the next judgement starts new ones. */
export async function closeSurveyCorePool(): Promise<void> {
  const stopping = slots;
  slots = [];
  await Promise.all(stopping.map((s) => s.worker.terminate()));
}
