import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../db/sql.js';
import { newSecret } from '../org/index.js';
import { ResponseLink } from './response-link.entity.js';
import type { Channel } from './response.entity.js';

/**
 * The links of a distribution, one per unit: the distribution module decides which units and
 * which version; this module owns the links themselves (their tokens, opening and closing).
 */
export interface DistributionLinks {
  orgId: string;
  distributionId: string;
  channel: Channel;
  unitIds: string[];
  versionId: string;
  userId: string | null;
}

/** Opens a link for every unit that has none (reopening closed ones) and closes the others, in `em`'s unit of work. */
export async function syncDistributionLinks(em: EntityManager, d: DistributionLinks): Promise<void> {
  const existing = await em.find(ResponseLink, { distributionId: d.distributionId });
  for (const unitId of d.unitIds) {
    const link = existing.find((l) => l.unit.id === unitId);
    if (link) {
      link.closedAt = null;
      continue;
    }
    em.create(ResponseLink, {
      organization: d.orgId,
      questionnaireVersion: d.versionId,
      unit: unitId,
      channel: d.channel,
      token: `${d.orgId}.${newSecret()}`,
      createdBy: d.userId,
      distributionId: d.distributionId,
    });
  }
  for (const link of existing) if (!d.unitIds.includes(link.unit.id)) link.closedAt ??= new Date();
}

/** Points every link of a distribution at one (pinned) version. */
export async function pinDistributionLinks(
  em: EntityManager,
  distributionId: string,
  versionId: string,
): Promise<void> {
  await em.nativeUpdate(ResponseLink, { distributionId }, { questionnaireVersion: versionId });
}

/** A distribution's open links, oldest first. */
export function distributionLinks(em: EntityManager, distributionId: string): Promise<ResponseLink[]> {
  return em.find(ResponseLink, { distributionId, closedAt: null }, { orderBy: { createdAt: 'asc' } });
}

/** The token of a distribution's link for one unit (what a personal invitation is answered through). */
export async function distributionLinkToken(
  em: EntityManager,
  orgId: string,
  distributionId: string,
  unitId: string,
): Promise<string | null> {
  const [row] = await em
    .getConnection()
    .execute<{ token: string }[]>(
      `select token from response_link where organization_id = ? and distribution_id = ? and unit_id = ? limit 1`,
      [orgId, distributionId, unitId],
    );
  return row?.token ?? null;
}

/** Completed responses (not tests) through a distribution's links for some of its units. */
export async function completedThroughLinks(
  em: EntityManager,
  orgId: string,
  distributionId: string,
  unitIds: string[],
): Promise<number> {
  const [{ n }] = await em.getConnection().execute<{ n: number }[]>(
    `select count(*)::int n from response r join response_link l on l.id = r.link_id and l.organization_id = r.organization_id
      where l.distribution_id = ? and l.organization_id = ? and l.unit_id = any(?::uuid[]) and r.unit_id = l.unit_id
        and r.status = 'COMPLETE' and not r.is_test`,
    [distributionId, orgId, pgArray(unitIds)],
  );
  return n;
}
