import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/context.js';
import type { Channel } from './response.entity.js';

/** What the respondent path needs of a link, read in one query. */
export interface LinkInfo {
  id: string;
  orgId: string;
  versionId: string;
  unitId: string;
  unitPath: string;
  unitName: string;
  channel: Channel;
  testMode: boolean;
  /** Candidate indicator model versions for the link's unit, nearest first. */
  modelVersionIds: string[];
  /** The distribution owning the link, and the invitation whose token was used (distribution module). */
  distributionId: string | null;
  invitationId?: string | null;
  defaultCategory?: string | null;
  /** Recorded on responses that give no service situation: the invitation's, the distribution's, the link's. */
  defaultSituation?: string | null;
  /** The distribution asks the respondent's service situation when none of the above gives one. */
  askSituation?: boolean;
  /** The languages a distribution offers (all of the version's when absent). */
  languages?: string[];
  /** Collected by an anonymous or confidential distribution. */
  confidential?: boolean;
  /** The distribution's quota of completed responses (null: none). */
  quota?: number | null;
}

/**
 * What the submission path asks of the module that owns a link's distribution (distribution),
 * without importing it: that module registers its gate at start-up (server/app). The link lookup
 * reads the gate's facts in the same query from the read-only view `distribution_gate`, which
 * distribution publishes (and migrates) for this hot path; `apply` decides on them.
 */
export interface SubmissionGate {
  /** An invitation token → the token of the link it is answered through, or null. */
  invitationLinkToken(
    em: EntityManager,
    orgId: string,
    token: string,
  ): Promise<{ linkToken: string; invitationId: string } | null>;
  /** Refuses a response the distribution does not accept now, and points the link at its version. */
  apply(ctx: RequestContext, link: LinkInfo, gate: unknown): Promise<void>;
  noteOpened(ctx: RequestContext, link: LinkInfo): Promise<void>;
  noteStarted(ctx: RequestContext, link: LinkInfo): Promise<void>;
  /**
   * In the transaction about to store a response counting towards a quota: locks the
   * distribution and refuses when it is full, so concurrent submissions never pass the quota.
   */
  admit(tx: EntityManager, orgId: string, distributionId: string): Promise<void>;
  /** After the response was stored. */
  noteCompleted(ctx: RequestContext, link: LinkInfo, responseId: string): Promise<void>;
}

/** Links without a distribution need no gate: what applies until one is registered. */
const open: SubmissionGate = {
  invitationLinkToken: () => Promise.resolve(null),
  apply: () => Promise.resolve(),
  admit: () => Promise.resolve(),
  noteOpened: () => Promise.resolve(),
  noteStarted: () => Promise.resolve(),
  noteCompleted: () => Promise.resolve(),
};

let current: SubmissionGate = open;

export function useSubmissionGate(gate: SubmissionGate): void {
  current = gate;
}

export const submissionGate = (): SubmissionGate => current;
