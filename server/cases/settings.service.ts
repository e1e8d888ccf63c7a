import type { RequestContext } from '../graphql/context.js';
import { badInput, notFound, requireId } from '../graphql/errors.js';
import { Questionnaire } from '../questionnaires/index.js';
import { Permission, requireOrganisationWide, requirePrincipal, User } from '../org/index.js';
import { AlertCondition, AlertPeriod, AlertRule } from './alert-rule.entity.js';
import { IndicatorModel, IndicatorModelVersion, walk } from '../indicators/index.js';
import { CaseCategory, type PriorityDays } from './case-category.entity.js';
import { CasePriority } from './case.enums.js';
import type { PriorityDaysInput, SaveAlertRuleInput, SaveCaseCategoryInput } from './case.inputs.js';
import { DEFAULT_DAYS } from './workflow.js';

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

function days(input: PriorityDaysInput | null | undefined, fallback: PriorityDays, field: string): PriorityDays {
  if (!input) return { ...fallback };
  for (const p of Object.values(CasePriority)) {
    const d = input[p];
    if (!Number.isInteger(d) || d < 0 || d > 365)
      throw badInput(`${field}.${p} must be a whole number of working days, 0 (the same day) to 365.`, { field });
  }
  return { LOW: input.LOW, NORMAL: input.NORMAL, HIGH: input.HIGH, URGENT: input.URGENT };
}

export async function listCaseCategories(ctx: RequestContext): Promise<CaseCategory[]> {
  requirePrincipal(ctx);
  return ctx.em.find(CaseCategory, {}, { orderBy: { code: 'asc' }, limit: 500 });
}

/** Creates or changes a category of the organisation's tree (UNIT_MANAGE at the head office). */
export async function saveCaseCategory(ctx: RequestContext, input: SaveCaseCategoryInput): Promise<CaseCategory> {
  const principal = requirePrincipal(ctx);
  await requireOrganisationWide(ctx, Permission.UNIT_MANAGE, 'Case categories');
  const code = input.code.trim();
  if (!CODE.test(code))
    throw badInput(`Code "${code}" is not valid: a letter or digit, then letters, digits, ".", "-" or "_".`, {
      field: 'code',
    });
  const name = input.name.trim();
  if (!name || name.length > 200) throw badInput('A category name is 1–200 characters.', { field: 'name' });
  const row = input.id
    ? await ctx.em.findOne(CaseCategory, { id: requireId('Case category', input.id) })
    : ctx.em.create(CaseCategory, {
        organization: principal.orgId,
        code,
        name,
        acknowledgeDays: DEFAULT_DAYS.acknowledge,
        resolveDays: DEFAULT_DAYS.resolve,
      });
  if (!row) throw notFound('Case category', input.id!);
  const clash = await ctx.em.findOne(CaseCategory, { code, id: { $ne: row.id } });
  if (clash) throw badInput(`Code "${code}" is already used by category "${clash.name}".`, { field: 'code' });
  if (input.parentId) {
    const parentId = requireId('Case category', input.parentId);
    if (parentId === row.id) throw badInput('A category cannot be its own parent.', { field: 'parentId' });
    if (!(await ctx.em.findOne(CaseCategory, { id: parentId }))) throw notFound('Case category', input.parentId);
  }
  Object.assign(row, {
    code,
    name,
    parentId: input.parentId ?? null,
    acknowledgeDays: days(input.acknowledgeDays, row.acknowledgeDays, 'acknowledgeDays'),
    resolveDays: days(input.resolveDays, row.resolveDays, 'resolveDays'),
  });
  await ctx.em.flush();
  return row;
}

export async function listAlertRules(ctx: RequestContext): Promise<AlertRule[]> {
  requirePrincipal(ctx);
  return ctx.em.find(AlertRule, {}, { orderBy: { createdAt: 'asc' }, limit: 500 });
}

const NEEDS_QUESTION = [AlertCondition.ANSWER_BELOW, AlertCondition.ANSWER_IS, AlertCondition.CONTACT_ME];
const NEEDS_THRESHOLD = [AlertCondition.SCORE_BELOW, AlertCondition.ANSWER_BELOW, AlertCondition.INDICATOR_BELOW];
const NEEDS_VALUES = [
  AlertCondition.BAND_IS,
  AlertCondition.ANSWER_IS,
  AlertCondition.KEYWORD,
  AlertCondition.INDICATOR_BAND_IS,
];
export const INDICATOR_CONDITIONS = [AlertCondition.INDICATOR_BELOW, AlertCondition.INDICATOR_BAND_IS];

/** An indicator rule's model and node: the model published, the key one of its latest version's nodes. */
async function indicatorOf(ctx: RequestContext, input: SaveAlertRuleInput): Promise<{ modelId: string; key: string }> {
  if (!input.modelId)
    throw badInput(`Condition ${input.condition} reads a unit's indicator score: choose the indicator model.`, {
      field: 'modelId',
    });
  const model = await ctx.em.findOne(IndicatorModel, { id: requireId('Indicator model', input.modelId) });
  if (!model) throw notFound('Indicator model', input.modelId);
  if (!model.latestVersionNumber)
    throw badInput(`The model "${model.name}" has no published version yet; publish it first.`, { field: 'modelId' });
  const version = await ctx.em.findOneOrFail(IndicatorModelVersion, { model, number: model.latestVersionNumber });
  const keys = [...walk(version.definition.root)].map((w) => w.node.key);
  const key = input.indicatorKey?.trim() ?? '';
  if (!keys.includes(key))
    throw badInput(
      `Choose one of the indicators of "${model.name}" (${keys.slice(0, 12).join(', ')}${keys.length > 12 ? ', …' : ''}).`,
      { field: 'indicatorKey' },
    );
  return { modelId: model.id, key };
}

/** Creates or changes an alert rule (UNIT_MANAGE at the head office: rules apply to every unit's responses). */
export async function saveAlertRule(ctx: RequestContext, input: SaveAlertRuleInput): Promise<AlertRule> {
  const principal = requirePrincipal(ctx);
  await requireOrganisationWide(ctx, Permission.UNIT_MANAGE, 'Alert rules');
  const c = input.condition;
  const question = input.question?.trim() || null;
  const values = (input.values ?? []).map((v) => v.trim()).filter(Boolean);
  if (NEEDS_QUESTION.includes(c) && !question)
    throw badInput(`Condition ${c} reads one question: give its SurveyJS name.`, { field: 'question' });
  if (NEEDS_THRESHOLD.includes(c) && (input.threshold === null || input.threshold === undefined))
    throw badInput(`Condition ${c} needs a threshold (the rule fires strictly below it).`, { field: 'threshold' });
  if (NEEDS_VALUES.includes(c) && !values.length)
    throw badInput(`Condition ${c} needs at least one value.`, { field: 'values' });
  if (!(await ctx.em.findOne(Questionnaire, { id: requireId('Questionnaire', input.questionnaireId) })))
    throw notFound('Questionnaire', input.questionnaireId);
  const indicator = INDICATOR_CONDITIONS.includes(c) ? await indicatorOf(ctx, input) : null;
  if (input.ownerId && !(await ctx.em.findOne(User, { id: requireId('User', input.ownerId) })))
    throw notFound('User', input.ownerId);
  const row = input.id
    ? await ctx.em.findOne(AlertRule, { id: requireId('Alert rule', input.id) })
    : ctx.em.create(AlertRule, {
        organization: principal.orgId,
        name: input.name,
        questionnaireId: input.questionnaireId,
        condition: c,
      });
  if (!row) throw notFound('Alert rule', input.id!);
  Object.assign(row, {
    name: input.name.trim() || 'Alert',
    questionnaireId: requireId('Questionnaire', input.questionnaireId),
    condition: c,
    question,
    threshold: input.threshold ?? null,
    values,
    modelId: indicator?.modelId ?? null,
    indicatorKey: indicator?.key ?? null,
    period: input.period ?? AlertPeriod.MONTH,
    priority: input.priority ?? CasePriority.NORMAL,
    ownerId: input.ownerId ?? null,
    categoryId: input.categoryId ?? null,
    active: input.active ?? true,
  });
  await ctx.em.flush();
  return row;
}
