import {
  addDays,
  branches,
  lastQuarterStart,
  monthStart,
  pool,
  unit,
  type DemoContext,
  type DemoUnit,
} from './call.js';
import { SHIPPED_TEMPLATES } from '../library/index.js';
import { COMMENTS, DECLINING, IMPROVING } from './plan.js';
import type { Random } from './random.js';

export const SOCIAL_SECURITY = 'Social-security client satisfaction';
export const MYSTERY_VISIT = 'Mystery visit scoring sheet';
export const COMPLAINT_HANDLING = 'Complaint-handling satisfaction';

export interface Adopted {
  questionnaireId: string;
  versionId: string;
  modelId: string;
  modelVersionId: string;
}

interface TemplateList {
  templates: { edges: { node: { id: string; title: string; metrics?: unknown } }[] };
}

/** The administrative statistics the social-security template's model binds, as the library ships them. */
const METRICS = SHIPPED_TEMPLATES.find((t) => t.key === 'social-security-client-satisfaction')?.metrics ?? [];

/** Adopts a library template at the head office, publishes it and the model that came with it. */
export async function adopt(d: DemoContext, title: string): Promise<Adopted> {
  const { templates } = await d.call<TemplateList>(`{ templates(first: 100) { edges { node { id title } } } }`);
  const template = templates.edges.find((e) => e.node.title === title)?.node;
  if (!template) throw new Error(`The template library has no "${title}"; load the library before the demo.`);
  const adopted = await d.call<{ adoptTemplate: { id: string } }>(
    `mutation A($t: ID!, $u: ID!) { adoptTemplate(templateId: $t, unitId: $u) { id } }`,
    { t: template.id, u: unit(d, 'HO').id },
  );
  const questionnaireId = adopted.adoptTemplate.id;
  const version = await d.call<{ publishQuestionnaire: { id: string } }>(
    `mutation P($input: PublishQuestionnaireInput!) { publishQuestionnaire(input: $input) { id } }`,
    { input: { questionnaireId } },
  );
  const { indicatorModels } = await d.call<{ indicatorModels: { edges: { node: { id: string; name: string } }[] } }>(
    `{ indicatorModels(first: 100) { edges { node { id name } } } }`,
  );
  const modelId = indicatorModels.edges.find((e) => e.node.name === title)!.node.id;
  const model = await d.call<{ publishIndicatorModel: { id: string } }>(
    `mutation M($input: PublishIndicatorModelInput!) { publishIndicatorModel(input: $input) { id } }`,
    { input: { modelId, changelog: 'Adopted from the Barometer library for the demo.' } },
  );
  return {
    questionnaireId,
    versionId: version.publishQuestionnaire.id,
    modelId,
    modelVersionId: model.publishIndicatorModel.id,
  };
}

export async function declareMetrics(d: DemoContext): Promise<void> {
  for (const input of METRICS)
    await d.call(`mutation M($input: MetricInput!) { createMetric(input: $input) { id } }`, { input });
}

/** The survey on a web link, by e-mail and on the branches' kiosks. */
export async function distribute(d: DemoContext, q: Adopted): Promise<void> {
  const unitIds = branches(d).map((b) => b.id);
  const channels = [
    ['WEB_LINK', 'Web link on the website'],
    ['EMAIL', 'E-mail after each visit'],
    ['KIOSK', 'Kiosk in the waiting room'],
  ];
  await pool(channels, 3, ([channel, name]) =>
    d.call(`mutation D($input: CreateDistributionInput!) { createDistribution(input: $input) { id } }`, {
      input: { questionnaireId: q.questionnaireId, versionId: q.versionId, channel, name, unitIds },
    }),
  );
}

/**
 * How good a branch is in month `m` (0 = twelve months ago … 11 = last month), 0..1: the declining
 * branch falls from good to poor, the improving ones rise, the others wander around their level.
 */
export function quality(b: DemoUnit, m: number, base: number): number {
  if (b.code === DECLINING) return 0.78 - 0.045 * m;
  if (IMPROVING.includes(b.code)) return 0.5 + 0.03 * m;
  return base + 0.02 * Math.sin(m + base * 10);
}

const CHANNEL_SHIFT: Record<string, number> = { WEB_LINK: 0, EMAIL: 0.05, KIOSK: -0.06 };
const CATEGORY_SHIFT: Record<string, number> = { insured: 0, beneficiary: 0.04, employer: -0.08 };
const ROWS = {
  speed: ['received', 'accepted', 'finished', 'paid'],
  effectiveness: ['correct', 'records', 'rechecks', 'nothing_left'],
  proximity: ['reach', 'hours', 'remote', 'employer_registration'],
  equal_treatment: ['same', 'knowledge', 'respect'],
};
const SITUATIONS = ['first_visit', 'registration', 'contributions_or_claim', 'after_payment'];

function answers(random: Random, q: number, category: string, language: 'en' | 'zh-cn' | 'uk') {
  const out: Record<string, unknown> = { client_category: category };
  const score = () => Math.max(1, Math.min(5, Math.round(1 + 4 * q + (random.next() - 0.5) * 1.6)));
  for (const [question, rows] of Object.entries(ROWS)) {
    const cells: Record<string, unknown> = {};
    for (const row of rows) {
      if (row === 'employer_registration' && category !== 'employer') cells[row] = 'na';
      else cells[row] = score();
    }
    out[question] = cells;
  }
  if (random.next() < 0.3) out.improve = random.pick(COMMENTS[language][q >= 0.6 ? 'good' : 'bad']);
  return out;
}

/** Twelve months of responses in JSON lines, ten to fourteen a branch a month, backdated. */
export function responseLines(d: DemoContext, random: Random): string[] {
  const lines: string[] = [];
  for (const b of branches(d)) {
    const base = 0.6 + random.next() * 0.2;
    for (let m = 0; m < 12; m++) {
      const month = monthStart(d.today, m - 12);
      const count = random.int(10, 14);
      for (let i = 0; i < count; i++) {
        const channel = random.pick(['WEB_LINK', 'WEB_LINK', 'EMAIL', 'KIOSK']);
        const category = random.pick(['insured', 'insured', 'beneficiary', 'employer']);
        const language = random.pick(['en', 'en', 'en', 'en', 'zh-cn', 'uk'] as const);
        const q = quality(b, m, base) + CHANNEL_SHIFT[channel] + CATEGORY_SHIFT[category];
        const day = addDays(month, random.int(0, 27));
        const completedAt = `${day}T${String(random.int(8, 17)).padStart(2, '0')}:${String(random.int(10, 59))}:00Z`;
        const situation = random.pick(SITUATIONS);
        lines.push(
          JSON.stringify({
            unit: b.code,
            channel,
            completedAt,
            language,
            respondentCategory: category,
            serviceSituation: situation,
            answers: { ...answers(random, q, category, language), service_situation: situation },
          }),
        );
      }
    }
  }
  return lines;
}

export async function importAll(d: DemoContext, q: Adopted, lines: string[]): Promise<number> {
  const result = await d.call<{ importResponses: { status: string; rowsStored: number; message: string | null } }>(
    `mutation I($input: ImportResponsesInput!) { importResponses(input: $input) { status rowsStored message } }`,
    {
      input: {
        unitId: unit(d, 'HO').id,
        versionId: q.versionId,
        format: 'JSONL',
        mode: 'ALL_OR_NOTHING',
        data: lines.join('\n'),
      },
    },
  );
  if (result.importResponses.status !== 'SUCCEEDED')
    throw new Error(`The demo's responses were refused: ${result.importResponses.message}`);
  return result.importResponses.rowsStored;
}

/**
 * Administrative statistics of each branch: the flows (complaints, rejections) of the last two
 * quarters, the stocks (offices, trained staff) once; the declining branch is the worst.
 */
export async function recordStatistics(d: DemoContext, random: Random): Promise<void> {
  const rows: Record<string, string[]> = Object.fromEntries(METRICS.map((m) => [m.key, []]));
  const quarters = [lastQuarterStart(d.today), monthStart(lastQuarterStart(d.today), -3)];
  const label = (start: string) => `${start.slice(0, 4)}-Q${(Number(start.slice(5, 7)) + 2) / 3}`;
  for (const b of branches(d)) {
    const base = 0.6 + random.next() * 0.2;
    const q = Math.max(0, Math.min(1, quality(b, 11, base)));
    for (const start of quarters) {
      const clients = random.int(10, 25);
      rows.complaints_per_1000.push(`${b.code},${label(start)},${Math.round(clients * (1 - q) * 12)},${clients}`);
      const applications = random.int(600, 1200);
      rows.rejection_rate.push(`${b.code},${label(start)},${Math.round(applications * (1 - q) * 0.3)},${applications}`);
    }
    const period = label(quarters[1]);
    rows.offices_per_100k.push(`${b.code},${period},${(2 + 8 * q).toFixed(1)}`);
    rows.trained_staff_share.push(`${b.code},${period},${Math.round(50 + 50 * q)}`);
  }
  // In files of fifty rows: an import is one transaction, and a long one slows with every row it holds.
  const files = Object.entries(rows).flatMap(([metricKey, lines]) =>
    Array.from({ length: Math.ceil(lines.length / 50) }, (_, i) => ({
      metricKey,
      lines: lines.slice(i * 50, i * 50 + 50),
    })),
  );
  await pool(files, 4, async ({ metricKey, lines }) => {
    const header = lines[0].split(',').length === 4 ? 'unit code,period,value,denominator' : 'unit code,period,value';
    const result = await d.call<{ importMetricValues: { imported: number; rowErrors: { message: string }[] } }>(
      `mutation M($input: ImportMetricValuesInput!) { importMetricValues(input: $input) { imported rowErrors { message } } }`,
      { input: { metricKey, csv: `${header}\n${lines.join('\n')}\n` } },
    );
    const errors = result.importMetricValues.rowErrors;
    if (errors.length) throw new Error(`The demo's ${metricKey} values were refused: ${errors[0].message}`);
  });
}

/** One branch scores with a model of its own, derived from the head office's. */
export async function branchVariant(d: DemoContext, q: Adopted): Promise<void> {
  const derived = await d.call<{ deriveIndicatorModel: { id: string } }>(
    `mutation D($u: ID!, $v: ID!, $n: String) { deriveIndicatorModel(unitId: $u, versionId: $v, name: $n) { id } }`,
    { u: unit(d, 'NORTH-1').id, v: q.modelVersionId, n: 'Riverside branch index (variant)' },
  );
  await d.call(`mutation P($input: PublishIndicatorModelInput!) { publishIndicatorModel(input: $input) { id } }`, {
    input: { modelId: derived.deriveIndicatorModel.id, changelog: 'Riverside weighs speed as the head office does.' },
  });
}
