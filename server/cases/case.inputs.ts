import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { AlertCondition, AlertPeriod } from './alert-rule.entity.js';
import { CaseChannel, CaseOrigin, CasePriority, CaseState, Responsibility } from './case.enums.js';

@InputType({ description: 'A complaint as staff (a hotline operator, a counter clerk) enter it.' })
export class CreateCaseInput {
  @Field(() => ID, { description: 'The unit the complaint is about.' }) unitId!: string;
  @Field({ description: 'What happened, in the client’s words.' }) description!: string;
  @Field(() => CaseChannel, { description: 'How it came in.' }) channel!: CaseChannel;
  @Field(() => CasePriority, { nullable: true, description: 'Default NORMAL.' }) priority?: CasePriority | null;
  @Field(() => ID, { nullable: true, description: 'A category of the organisation’s tree.' })
  categoryId?: string | null;
  @Field(() => String, { nullable: true, description: 'The client’s e-mail or phone number (kept encrypted).' })
  contact?: string | null;
  @Field(() => String, { nullable: true, description: 'The client’s name (kept encrypted with the contact).' })
  contactName?: string | null;
  @Field(() => String, { nullable: true, description: 'The client’s language for messages: en, zh-CN or uk.' })
  language?: string | null;
  @Field(() => String, { nullable: true, description: 'Another system’s reference; one case per reference.' })
  externalRef?: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When it reached the organisation (a letter’s arrival); deadlines count from it. Default now.',
  })
  receivedAt?: Date | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The staff member who served (an active one of the unit’s staff register: id or code); shown on the case.',
  })
  staffId?: string | null;
}

@InputType({ description: 'A move of a case in its workflow, with what the move needs.' })
export class ChangeCaseStateInput {
  @Field(() => ID, { description: 'The case.' }) caseId!: string;
  @Field(() => CaseState, { description: 'The state to move to.' }) to!: CaseState;
  @Field(() => String, { nullable: true, description: 'A note for the timeline.' }) note?: string | null;
  @Field(() => String, { nullable: true, description: 'REJECTED: why it is invalid (the client is told).' })
  reason?: string | null;
  @Field(() => ID, { nullable: true, description: 'TRANSFERRED: the new unit; ASSIGNED: optionally another unit.' })
  unitId?: string | null;
  @Field(() => ID, { nullable: true, description: 'ASSIGNED: the owner (a user of the organisation).' })
  ownerId?: string | null;
  @Field(() => String, { nullable: true, description: 'RESOLVED: the resolution.' }) resolution?: string | null;
  @Field(() => Responsibility, { nullable: true, description: 'RESOLVED: who was responsible.' })
  responsibility?: Responsibility | null;
  @Field(() => String, { nullable: true, description: 'RESOLVED: the root cause, a short label.' })
  cause?: string | null;
  @Field(() => String, { nullable: true, description: 'RESOLVED: compensation granted.' })
  compensation?: string | null;
  @Field(() => String, { nullable: true, description: 'RESOLVED: what was agreed with the client.' })
  agreement?: string | null;
}

@InputType({ description: 'A note added to a case’s timeline (investigation, progress told to the client).' })
export class AddCaseNoteInput {
  @Field(() => ID, { description: 'The case.' }) caseId!: string;
  @Field({ description: 'The note.' }) note!: string;
}

@InputType({ description: 'Narrows the case inbox.' })
export class CaseFilterInput {
  @Field(() => [CaseState], { nullable: true, description: 'Only cases in these states.' }) states?: CaseState[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Only cases owned by the caller.' }) mine?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Only cases of this unit and its subtree.' })
  unitId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only open cases past their current step’s due time.' })
  overdue?: boolean | null;
  @Field(() => CaseOrigin, { nullable: true, description: 'Only complaints or only alerts.' })
  origin?: CaseOrigin | null;
  @Field(() => ID, { nullable: true, description: 'Only cases of this category.' }) categoryId?: string | null;
  @Field(() => CasePriority, { nullable: true, description: 'Only cases of this priority.' })
  priority?: CasePriority | null;
  @Field(() => CaseChannel, { nullable: true, description: 'Only cases that came in this way.' })
  channel?: CaseChannel | null;
  @Field(() => String, { nullable: true, description: 'Only cases whose reference or description holds this text.' })
  search?: string | null;
}

@InputType({ description: 'Working days per priority.' })
export class PriorityDaysInput {
  @Field(() => Int, { description: 'LOW priority.' }) LOW!: number;
  @Field(() => Int, { description: 'NORMAL priority.' }) NORMAL!: number;
  @Field(() => Int, { description: 'HIGH priority.' }) HIGH!: number;
  @Field(() => Int, { description: 'URGENT priority.' }) URGENT!: number;
}

@InputType({ description: 'Creates (without id) or changes a case category.' })
export class SaveCaseCategoryInput {
  @Field(() => ID, { nullable: true, description: 'The category to change; left out, a new one.' })
  id?: string | null;
  @Field({ description: 'Short code, unique in the organisation.' }) code!: string;
  @Field({ description: 'Name shown to staff.' }) name!: string;
  @Field(() => ID, { nullable: true, description: 'The parent category.' }) parentId?: string | null;
  @Field(() => PriorityDaysInput, { nullable: true, description: 'Default: 2, 1, 1, 0 working days.' })
  acknowledgeDays?: PriorityDaysInput | null;
  @Field(() => PriorityDaysInput, { nullable: true, description: 'Default: 10, 5, 3, 1 working days.' })
  resolveDays?: PriorityDaysInput | null;
}

@InputType({ description: 'Creates (without id) or changes an alert rule.' })
export class SaveAlertRuleInput {
  @Field(() => ID, { nullable: true, description: 'The rule to change; left out, a new one.' }) id?: string | null;
  @Field({ description: 'Name shown on the cases it opens.' }) name!: string;
  @Field(() => ID, { description: 'The questionnaire it watches.' }) questionnaireId!: string;
  @Field(() => AlertCondition, { description: 'What fires it.' }) condition!: AlertCondition;
  @Field(() => String, { nullable: true, description: 'The question (SurveyJS name), when the condition needs one.' })
  question?: string | null;
  @Field(() => Float, { nullable: true, description: 'SCORE_BELOW, ANSWER_BELOW, INDICATOR_BELOW: the bound.' })
  threshold?: number | null;
  @Field(() => [String], {
    nullable: true,
    description: 'BAND_IS, INDICATOR_BAND_IS, ANSWER_IS, KEYWORD, CONTACT_ME: the values.',
  })
  values?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'INDICATOR_BELOW, INDICATOR_BAND_IS: the indicator model.' })
  modelId?: string | null;
  @Field(() => String, { nullable: true, description: 'INDICATOR_BELOW, INDICATOR_BAND_IS: the node key read.' })
  indicatorKey?: string | null;
  @Field(() => AlertPeriod, { nullable: true, description: 'Indicator rules: the period of the score; default MONTH.' })
  period?: AlertPeriod | null;
  @Field(() => CasePriority, { nullable: true, description: 'Default NORMAL.' }) priority?: CasePriority | null;
  @Field(() => ID, { nullable: true, description: 'Owner of the cases it opens.' }) ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Category of the cases it opens.' }) categoryId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Default true.' }) active?: boolean | null;
}

@InputType({ description: 'The organisation’s escalation rules and “satisfied with the handling” threshold.' })
export class SaveCaseSettingsInput {
  @Field(() => Int, { description: 'Hours after a step’s due time to remind its owner (level 1), 0–720.' })
  remindOwnerAfterHours!: number;
  @Field(() => Int, { description: 'Hours after the due time to tell the unit’s managers (level 2), 0–720.' })
  unitManagerAfterHours!: number;
  @Field(() => Int, { description: 'Hours after the due time to tell the parent unit’s managers (level 3), 0–720.' })
  parentManagerAfterHours!: number;
  @Field(() => Float, { description: 'A follow-up score from which the client counts as satisfied, 0–100.' })
  satisfiedFrom!: number;
}
