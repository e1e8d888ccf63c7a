import { Model } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { compilePlan, validateAnswers } from '../../server/responses/validation-plan.js';
import { fixture } from '../support/questionnaires.js';

/** Questions survey-core reports errors for, validating every page as on completion. */
function surveyCoreErrors(definition: Record<string, unknown>, answers: Record<string, unknown>): string[] {
  const model = new Model(definition);
  model.data = answers;
  model.validate(true, false);
  return model
    .getAllQuestions(false, false, true)
    .filter((q: any) => q.errors.length)
    .map((q: any) => q.name)
    .sort();
}

function planErrors(definition: Record<string, unknown>, answers: Record<string, unknown>): string[] {
  const questions = validateAnswers(compilePlan(definition), answers).problems.map((p) =>
    p.question.replace(/^.*\]\./, ''),
  );
  return [...new Set(questions)].sort();
}

const court = fixture('court-users');
const social = fixture('social-security');
const claims = fixture('insurer-claims');
const fullQuality = { signage: 4, clean: 5, polite: 3, timely: 2, forms: 4 };

/** Answer sets on which the plan and survey-core must agree. */
const agreed: [string, Record<string, unknown>, Record<string, unknown>][] = [
  ['court: complete', court, { role: 'lawyer', purpose: ['hearing'], quality: fullQuality, overall: 4 }],
  [
    'court: low score with its follow-up',
    court,
    { role: 'party', quality: fullQuality, overall: 1, why_low: 'Waited three hours' },
  ],
  ['court: missing required overall', court, { role: 'party', quality: fullQuality }],
  ['court: missing required role', court, { quality: fullQuality, overall: 5 }],
  [
    'court: matrix with a row missing (isAllRowRequired)',
    court,
    { role: 'witness', quality: { signage: 4 }, overall: 5 },
  ],
  [
    'court: other choice with comment',
    court,
    { role: 'visitor', purpose: ['other'], 'purpose-Comment': 'Jury duty', quality: fullQuality, overall: 3 },
  ],
  [
    'social: complete beneficiary',
    social,
    {
      client_category: 'beneficiary',
      contacts_made: [{ contact_channel: 'counter', wait_minutes: 20, contact_speed: 4 }],
      benefit_correct: true,
      recommend: 9,
      wants_contact: false,
    },
  ],
  [
    'social: panel missing its required channel',
    social,
    { client_category: 'insured', contacts_made: [{ contact_speed: 2 }], recommend: 7 },
  ],
  [
    'social: wait out of the validator range',
    social,
    { client_category: 'insured', contacts_made: [{ contact_channel: 'counter', wait_minutes: 900 }], recommend: 7 },
  ],
  [
    'social: requiredIf e-mail missing',
    social,
    { client_category: 'employer', contacts_made: [{ contact_channel: 'online' }], recommend: 2, wants_contact: true },
  ],
  [
    'social: invalid e-mail',
    social,
    {
      client_category: 'employer',
      contacts_made: [{ contact_channel: 'phone' }],
      recommend: 2,
      wants_contact: true,
      email_for_follow_up: 'not-an-address',
    },
  ],
  [
    'claims: complete motor claim',
    claims,
    {
      claim_type: 'motor',
      steps: { report: { speed: 4, clarity: 5, done_right: true } },
      motor_priorities: ['fast_repair', 'cash', 'courtesy_car'],
      overall_claim: 4,
    },
  ],
  [
    'claims: health claim skips the motor page',
    claims,
    { claim_type: 'health', overall_claim: 2, improve: 'Faster payment' },
  ],
  ['claims: missing overall', claims, { claim_type: 'property' }],
];

/** Answer sets survey-core lets through, which the plan refuses, naming the question. */
const stricter: [string, Record<string, unknown>, Record<string, unknown>, string][] = [
  ['a rating off its scale', court, { role: 'lawyer', quality: fullQuality, overall: 42 }, 'overall'],
  [
    'a radio value outside the choices, on an optional question',
    claims,
    { claim_type: 'motor', overall_claim: 3, steps: { report: { speed: 9 } } },
    'steps',
  ],
  [
    'a checkbox value outside the choices',
    court,
    { role: 'lawyer', purpose: ['bribery'], quality: fullQuality, overall: 4 },
    'purpose',
  ],
  [
    'a matrix column that does not exist',
    court,
    { role: 'lawyer', quality: { ...fullQuality, polite: 7 }, overall: 4 },
    'quality',
  ],
  [
    'an answer to a question that does not exist',
    court,
    { role: 'lawyer', quality: fullQuality, overall: 4, salary: 1000 },
    'salary',
  ],
  [
    'a value of the wrong type',
    social,
    { client_category: 'insured', contacts_made: [{ contact_channel: 'phone' }], recommend: 'ten' },
    'recommend',
  ],
  [
    'a ranking that repeats a choice',
    claims,
    { claim_type: 'motor', overall_claim: 3, motor_priorities: ['cash', 'cash', 'fast_repair'] },
    'motor_priorities',
  ],
];

describe('the compiled validation plan against survey-core', () => {
  for (const [label, definition, answers] of agreed) {
    it(`agrees: ${label}`, () => {
      expect(planErrors(definition, answers)).toEqual(surveyCoreErrors(definition, answers));
    });
  }

  it('the agreed corpus holds both valid and invalid responses', () => {
    const verdicts = agreed.map(([, definition, answers]) => surveyCoreErrors(definition, answers).join(','));
    expect(verdicts).toEqual([
      '',
      '',
      'overall',
      'role',
      'quality',
      '',
      '',
      'contact_channel',
      'wait_minutes',
      'email_for_follow_up',
      'email_for_follow_up',
      '',
      '',
      'overall_claim',
    ]);
  });

  for (const [label, definition, answers, question] of stricter) {
    it(`refuses what survey-core accepts: ${label}`, () => {
      expect(surveyCoreErrors(definition, answers)).toEqual([]);
      expect(planErrors(definition, answers)).toEqual([question]);
    });
  }

  it('drops answers to questions hidden at completion, as SurveyJS does', () => {
    const result = validateAnswers(compilePlan(court), {
      role: 'lawyer',
      quality: fullQuality,
      overall: 5,
      why_low: 'left over from an earlier answer',
    });
    expect(result.problems).toEqual([]);
    expect(result.answers).not.toHaveProperty('why_low');
  });
});
