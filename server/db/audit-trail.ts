import { ChangeSetType, type ChangeSet, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry, AuditHead } from './audit-entry.entity.js';

/**
 * The audit trail: every change the unit of work flushes to an entity that opted in is recorded in
 * `audit_log` in the same transaction (who, what, before and after), and `recordExport` records an
 * export. Opting in is one line in the composition root: `auditChangesOf('Questionnaire', …)`.
 * Changes made with raw SQL or `nativeUpdate` bypass the unit of work and are not seen here.
 */
export const auditTrailEntities = [AuditEntry, AuditHead];

const audited = new Set<string>();

/** Records every change to these entities (by class name) from now on. */
export function auditChangesOf(...entityNames: string[]): void {
  for (const name of entityNames) audited.add(name);
}

export const isAudited = (entityName: string): boolean => audited.has(entityName);

/** Who is changing things: set on the request's EntityManager with the principal (graphql/context.ts). */
export interface AuditActor {
  kind: 'USER' | 'API_KEY';
  id: string | null;
  orgId: string;
}

const SECRET = /hash|secret|cipher|password|totp|recovery/i;

/** A JSON-safe copy with secrets replaced: the log must not become a way to read them. */
function clean(data: Record<string, unknown> | undefined | null): Record<string, unknown> | null {
  if (!data) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    out[key] = SECRET.test(key) ? '[redacted]' : value;
  }
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
}

function orgOf(changeSet: ChangeSet<object>, actor: AuditActor | undefined): string | null {
  const entity = changeSet.entity as { organization?: { id?: string }; id?: string };
  if (entity.organization?.id) return entity.organization.id;
  if (changeSet.name === 'Organization' && entity.id) return entity.id;
  return actor?.orgId ?? null;
}

function entryFor(changeSet: ChangeSet<object>, actor: AuditActor | undefined): Partial<AuditEntry> | null {
  const orgId = orgOf(changeSet, actor);
  if (!orgId) return null;
  const original = changeSet.originalEntity as Record<string, unknown> | undefined;
  const payload = changeSet.payload as Record<string, unknown>;
  const action = {
    [ChangeSetType.CREATE]: 'CREATE',
    [ChangeSetType.UPDATE]: 'UPDATE',
    [ChangeSetType.DELETE]: 'DELETE',
  }[changeSet.type as ChangeSetType.CREATE];
  if (!action) return null;
  const before =
    changeSet.type === ChangeSetType.UPDATE
      ? Object.fromEntries(Object.keys(payload).map((k) => [k, original?.[k]]))
      : changeSet.type === ChangeSetType.DELETE
        ? original
        : null;
  const pk = changeSet.getPrimaryKey();
  return {
    organization: orgId as never,
    actorKind: actor?.kind ?? 'SYSTEM',
    actorId: actor?.id ?? null,
    action,
    entity: changeSet.name,
    entityId: pk === null || pk === undefined ? null : typeof pk === 'object' ? JSON.stringify(pk) : String(pk),
    before: clean(before),
    after: changeSet.type === ChangeSetType.DELETE ? null : clean(payload),
  };
}

/** The MikroORM subscriber (registered in db/orm-config.ts): adds audit rows to the flush that makes the changes. */
export class AuditSubscriber implements EventSubscriber {
  onFlush(args: FlushEventArgs): void {
    if (!audited.size) return;
    const actor = args.em.getFilterParams<AuditActor>('auditActor');
    const entries: Partial<AuditEntry>[] = [];
    for (const changeSet of args.uow.getChangeSets()) {
      if (!audited.has(changeSet.name)) continue;
      if (changeSet.type === ChangeSetType.UPDATE && !Object.keys(changeSet.payload).length) continue;
      const entry = entryFor(changeSet as ChangeSet<object>, actor);
      if (entry) entries.push(entry);
    }
    for (const data of entries) {
      const entry = args.em.create(AuditEntry, data as AuditEntry);
      args.uow.computeChangeSet(entry);
    }
  }
}

/** Records an export (what, with which filters) by the request's principal, in its own statement. */
export async function recordExport(
  em: EntityManager,
  what: string,
  details: { entityId?: string | null; [key: string]: unknown },
): Promise<void> {
  const actor = em.getFilterParams<AuditActor>('auditActor');
  if (!actor) return;
  const fork = em.fork();
  const { entityId, ...rest } = details;
  fork.create(AuditEntry, {
    organization: actor.orgId as never,
    actorKind: actor.kind,
    actorId: actor.id,
    action: 'EXPORT',
    entity: what,
    entityId: entityId ?? null,
    before: null,
    after: clean(rest),
  } as unknown as AuditEntry);
  await fork.flush();
}
