import type { RequestContext } from '../graphql/context.js';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../graphql/connection.js';
import { AppError, badInput, forbidden, notFound, requireId } from '../graphql/errors.js';
import { canAccessPath, OrgUnit, Permission, readableSubtrees, requireAccess, requirePrincipal } from '../org/index.js';
import { Case } from './case.entity.js';
import { CaseOrigin, CaseState } from './case.enums.js';
import { addEvent, requireCase } from './case-access.js';
import type { AddCaseNoteInput, CaseFilterInput, CreateCaseInput } from './case.inputs.js';
import { openCase } from './intake.js';
import { staffOf } from '../responses/index.js';

/** Staff entry: a hotline operator (RESPONSE_ENTER) or a manager (UNIT_MANAGE) of the unit registers a complaint. */
export async function createCase(ctx: RequestContext, input: CreateCaseInput): Promise<Case> {
  const principal = requirePrincipal(ctx);
  const unit = await requireAccess(ctx, Permission.UNIT_READ, input.unitId);
  if (
    !canAccessPath(principal, Permission.RESPONSE_ENTER, unit.path) &&
    !canAccessPath(principal, Permission.UNIT_MANAGE, unit.path)
  )
    throw forbidden(
      `You cannot register complaints for unit "${unit.name}": it needs RESPONSE_ENTER (hotline, counter) or UNIT_MANAGE over it.`,
    );
  // The register is fieldwork's, asked through responses' StaffRegister port (the unit's active staff only).
  const staffId = await staffOf(ctx.em, principal.orgId, unit, input.staffId, 'staffId');
  return ctx.em.transactional(async (em) => {
    const c = await openCase(em, ctx.config, {
      ...input,
      staffId,
      orgId: principal.orgId,
      unitId: unit.id,
      origin: CaseOrigin.COMPLAINT,
      createdBy: principal.userId,
    });
    await em.flush();
    return c;
  });
}

export async function getCase(ctx: RequestContext, id: string): Promise<Case> {
  return (await requireCase(ctx, id, 'READ')).c;
}

export async function addCaseNote(ctx: RequestContext, input: AddCaseNoteInput): Promise<Case> {
  const note = input.note.trim();
  if (!note || note.length > 20_000) throw badInput('A note is 1–20,000 characters.', { field: 'note' });
  return ctx.em.transactional(async (em) => {
    const { c } = await requireCase(ctx, input.caseId, 'HANDLE', em);
    addEvent(em, c, requirePrincipal(ctx).userId, 'NOTE', { note });
    await em.flush();
    return c;
  });
}

/**
 * The inbox's unit filter: a unit the caller sees (UNIT_READ over it, as the unit switcher lists
 * them); another organisation's is NOT_FOUND, one outside the caller's subtree FORBIDDEN, naming it.
 */
async function filterUnit(ctx: RequestContext, unitId: string): Promise<OrgUnit> {
  const unit = await ctx.em.findOne(OrgUnit, { id: requireId('Org unit', unitId) });
  if (!unit) throw notFound('Org unit', unitId);
  if (!canAccessPath(requirePrincipal(ctx), Permission.UNIT_READ, unit.path))
    throw new AppError(
      'FORBIDDEN',
      'The inbox cannot be narrowed to a unit outside your part of the organisation: choose one of your own units.',
      { field: 'unitId' },
    );
  return unit;
}

/** The SQL condition of the cases the caller may see (managed subtree, owned, entered), under a unit when given. */
async function visibility(ctx: RequestContext, under?: string | null): Promise<{ sql: string; params: unknown[] }> {
  const principal = requirePrincipal(ctx);
  const managed = await readableSubtrees(ctx, Permission.UNIT_MANAGE);
  const underPath = under ? (await filterUnit(ctx, under)).path : null;
  const unitPath = `(select u.path from org_unit u where u.id = c.unit_id and u.organization_id = c.organization_id)`;
  const seen = [...managed.map(() => `${unitPath} like ?`), 'c.owner_id = ?', 'c.created_by = ?'];
  const params: unknown[] = [...managed.map((p) => `${p}%`), principal.userId, principal.userId];
  if (!underPath) return { sql: `(${seen.join(' or ')})`, params };
  return { sql: `(${seen.join(' or ')}) and ${unitPath} like ?`, params: [...params, `${underPath}%`] };
}

const OPEN = `c.state not in ('CLOSED','REJECTED')`;
const OVERDUE = `${OPEN} and ((c.state = 'RECEIVED' and c.acknowledge_due_at <= now())
  or (c.state not in ('RECEIVED','RESOLVED') and c.resolve_due_at <= now()))`;

/** The inbox: cases the caller may see, newest first, filtered. */
export async function listCases(
  ctx: RequestContext,
  filter: CaseFilterInput | null | undefined,
  page: PageArgs,
): Promise<Page<Case>> {
  const principal = requirePrincipal(ctx);
  const first = pageSize(page);
  const after = decodeCursor(page.after) as [string, string] | null;
  const seen = await visibility(ctx, filter?.unitId);
  const where = [`c.organization_id = ?`, seen.sql];
  const params: unknown[] = [principal.orgId, ...seen.params];
  if (filter?.states?.length) {
    where.push(`c.state in (${filter.states.map(() => '?').join(',')})`);
    params.push(...filter.states);
  }
  if (filter?.mine) {
    where.push('c.owner_id = ?');
    params.push(principal.userId);
  }
  if (filter?.origin) {
    where.push('c.origin = ?');
    params.push(filter.origin);
  }
  if (filter?.overdue) where.push(OVERDUE);
  for (const [column, value] of [
    ['c.category_id', filter?.categoryId ? requireId('Case category', filter.categoryId) : null],
    ['c.priority', filter?.priority],
    ['c.channel', filter?.channel],
  ] as const)
    if (value) {
      where.push(`${column} = ?`);
      params.push(value);
    }
  const search = filter?.search?.trim();
  if (search) {
    where.push(`(c.reference ilike ? or c.description ilike ?)`);
    const like = `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    params.push(like, like);
  }
  const conn = ctx.em.getConnection();
  const [{ n }] = await conn.execute(
    `select count(*)::int n from complaint_case c where ${where.join(' and ')}`,
    params,
  );
  const pageWhere = after ? [...where, '(c.received_at, c.id) < (?::timestamptz, ?::uuid)'] : where;
  const rows: { id: string }[] = await conn.execute(
    `select c.id from complaint_case c where ${pageWhere.join(' and ')} order by c.received_at desc, c.id desc limit ?`,
    [...params, ...(after ?? []), first + 1],
  );
  const cases = await ctx.em.find(Case, { id: { $in: rows.map((r) => r.id) } });
  const byId = new Map(cases.map((c) => [c.id, c]));
  const ordered = rows.map((r) => byId.get(r.id)!).filter(Boolean);
  return toPage(ordered, first, n, (c) => [c.receivedAt.toISOString(), c.id], Boolean(after));
}

/** The dashboard badge: the caller's own open cases by state, and how many are overdue. */
export async function myCases(
  ctx: RequestContext,
): Promise<{ open: number; overdue: number; byState: { state: CaseState; count: number }[] }> {
  const principal = requirePrincipal(ctx);
  const seen = await visibility(ctx);
  const rows: { state: CaseState; n: number; late: number }[] = await ctx.em.getConnection().execute(
    `select c.state, count(*)::int n, count(*) filter (where ${OVERDUE})::int late
       from complaint_case c where c.organization_id = ? and ${seen.sql} and ${OPEN} group by c.state order by c.state`,
    [principal.orgId, ...seen.params],
  );
  return {
    open: rows.reduce((s, r) => s + r.n, 0),
    overdue: rows.reduce((s, r) => s + r.late, 0),
    byState: rows.map((r) => ({ state: r.state, count: r.n })),
  };
}
