import type { Model } from 'survey-core';
import type { PublicSurvey } from './submission';
import { text } from './texts';

/** The question the runner adds when the distribution asks the service situation; never sent among the answers. */
export const SITUATION_QUESTION = 'barometer_service_situation';

/**
 * A text in every language given, keyed as SurveyJS keys locales; "default" (shown when the survey has no
 * language of its own) is the respondent's language where there is a text in it.
 */
function localized(labels: { language: string; text: string }[], locale: string): Record<string, string> {
  const wanted = locale.toLowerCase().split('-')[0];
  const own = labels.find((l) => l.language.toLowerCase().split('-')[0] === wanted);
  const out: Record<string, string> = { default: (own ?? labels[0])?.text ?? '' };
  for (const l of labels) out[l.language.toLowerCase()] = l.text;
  return out;
}

/**
 * Asks the organisation's service situations as the first question of the survey, required, in the
 * respondent's language (docs/service-situation.md).
 */
export function askSituation(model: Model, situations: PublicSurvey['serviceSituations'], locale: string): void {
  if (!situations.length || !model.pages.length) return;
  const question = model.pages[0].addNewQuestion('radiogroup', SITUATION_QUESTION, 0);
  const title = ['en', 'zh-CN', 'uk'].map((language) => ({ language, text: text(language, 'situation') }));
  question.fromJSON({
    title: localized(title, locale),
    isRequired: true,
    choices: situations.map((s) => ({
      value: s.code,
      text: localized(s.labels.length ? s.labels : [{ language: 'en', text: s.code }], locale),
    })),
  });
}

/** The answers without the situation question, and the situation chosen. */
export function splitSituation(data: Record<string, unknown>): {
  answers: Record<string, unknown>;
  situation: string | null;
} {
  const { [SITUATION_QUESTION]: situation, ...answers } = data;
  return { answers, situation: typeof situation === 'string' ? situation : null };
}
