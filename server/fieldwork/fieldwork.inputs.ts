import { IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  InspectorCategory,
  KeyClientKind,
  PlanFrequency,
  PlanPurpose,
  Severity,
  StaffPost,
} from './fieldwork.enums.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'A new kind of inspection for the organisation’s list.' })
export class CreateInspectionKindInput {
  @Field({ description: 'Stable key, letters, digits and underscores (e.g. NIGHT_CHECK).' })
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/, { message: 'key must be 2–40 capital letters, digits or underscores' })
  key!: string;
  @Field({ description: 'Name shown to people.' }) @Length(1, 200) label!: string;
  @Field({ defaultValue: false, description: 'Done by another unit: never by the inspected unit’s own staff.' })
  crossUnit!: boolean;
}

@InputType({ description: 'An inspector for the register.' })
export class RegisterInspectorInput {
  @Field(() => ID, { description: 'The unit keeping the entry; the units inspected lie in its subtree.' })
  ownerUnitId!: string;
  @Field({ description: 'Name of the inspector.' }) @Length(1, 200) name!: string;
  @Field(() => InspectorCategory, { description: 'Internal staff or which kind of external supervisor.' })
  category!: InspectorCategory;
  @Field(() => ID, { nullable: true, description: 'The user account they sign in with (INSPECTOR role if external).' })
  userId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Internal staff: the unit they work at.' })
  homeUnitId?: string | null;
  @Field(() => [ID], { description: 'Units (each with its subtree) they may inspect.' })
  unitIds!: string[];
}

@InputType({ description: 'A staff member for a unit’s register.' })
export class AddStaffMemberInput {
  @Field(() => ID, { description: 'Their unit.' }) unitId!: string;
  @Field({ description: 'Their name.' }) @Length(1, 200) name!: string;
  @Field(() => StaffPost, { description: 'Their post.' }) post!: StaffPost;
  @Field(() => String, {
    nullable: true,
    description:
      'A code unique in the unit (letters, digits, "-", "_"; at most 40), e.g. the counter: for links and imports.',
  })
  code?: string | null;
}

@InputType({ description: 'Changes to a staff member of the register; fields left out stay as they are.' })
export class UpdateStaffMemberInput {
  @Field(() => ID, { description: 'The staff member.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Their name.' }) @IsOptional() @Length(1, 200) name?:
    string | null;
  @Field(() => StaffPost, { nullable: true, description: 'Their post.' }) post?: StaffPost | null;
  @Field(() => String, { nullable: true, description: 'Their code, unique in the unit; an empty string removes it.' })
  code?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'False deactivates them (they left): kept on past visits, responses and cases, offered for no new one.',
  })
  active?: boolean | null;
}

@InputType({ description: 'Changes to an inspector of the register; fields left out stay as they are.' })
export class UpdateInspectorInput {
  @Field(() => ID, { description: 'The inspector.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Their name.' }) @IsOptional() @Length(1, 200) name?:
    string | null;
  @Field(() => InspectorCategory, {
    nullable: true,
    description: 'Internal staff or which kind of external supervisor; an external one has no home unit.',
  })
  category?: InspectorCategory | null;
  @Field(() => [ID], { nullable: true, description: 'Units (each with its subtree) they may inspect; at least one.' })
  unitIds?: string[] | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Internal staff: the unit they work at; an empty string removes it.',
  })
  homeUnitId?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'False deactivates them (they left): kept on past visits, given no new assignment.',
  })
  active?: boolean | null;
}

@InputType({ description: 'Changes to a key client of the register; fields left out stay as they are.' })
export class UpdateKeyClientInput {
  @Field(() => ID, { description: 'The key client.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Name of the enterprise or person.' })
  @IsOptional()
  @Length(1, 300)
  name?: string | null;
  @Field(() => String, { nullable: true, description: 'A new contact (stored encrypted); an empty string erases it.' })
  @IsOptional()
  @Length(0, 1000)
  contact?: string | null;
  @Field(() => String, { nullable: true, description: 'Who in the unit looks after the client; empty clears it.' })
  owner?: string | null;
  @Field(() => String, { nullable: true, description: 'Tier, in the organisation’s own terms; empty clears it.' })
  tier?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'False deactivates the client: kept with its visits and report, offered for no new plan.',
  })
  active?: boolean | null;
}

@InputType({ description: 'A key client for a unit’s register.' })
export class AddKeyClientInput {
  @Field(() => ID, { description: 'The unit the client belongs to.' }) unitId!: string;
  @Field({ description: 'Name of the enterprise or person.' }) @Length(1, 300) name!: string;
  @Field(() => KeyClientKind, { description: 'Enterprise or person.' }) kind!: KeyClientKind;
  @Field(() => String, { nullable: true, description: 'Contact (phone, e-mail, address); stored encrypted.' })
  @IsOptional()
  @Length(0, 1000)
  contact?: string | null;
  @Field(() => String, { nullable: true, description: 'Who in the unit looks after the client.' })
  owner?: string | null;
  @Field(() => String, { nullable: true, description: 'Tier, in the organisation’s own terms.' })
  tier?: string | null;
}

@InputType({ description: 'A visit plan; its assignments are generated at once.' })
export class CreateVisitPlanInput {
  @Field(() => ID, { description: 'The unit owning the plan; its units and key clients lie in its subtree.' })
  ownerUnitId!: string;
  @Field({ description: 'Name of the plan.' }) @Length(1, 200) name!: string;
  @Field(() => PlanPurpose, { defaultValue: PlanPurpose.INSPECTION, description: 'Inspections or key-client visits.' })
  purpose!: PlanPurpose;
  @Field(() => ID, { description: 'The inspection kind.' }) kindId!: string;
  @Field(() => ID, { description: 'The scoring sheet: a published questionnaire version.' })
  questionnaireVersionId!: string;
  @Field(() => [ID], { nullable: true, description: 'Units to inspect (INSPECTION plans).' }) unitIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Key clients to visit (KEY_CLIENT plans).' })
  keyClientIds?: string[] | null;
  @Field(() => [ID], { description: 'Inspectors, given assignments in turn among those eligible.' })
  inspectorIds!: string[];
  @Field(() => [String], { nullable: true, description: 'Occurrence days (YYYY-MM-DD); or give a frequency.' })
  dates?: string[] | null;
  @Field(() => PlanFrequency, { nullable: true, description: 'Repeat from startDate to endDate instead of dates.' })
  frequency?: PlanFrequency | null;
  @Field(() => String, { nullable: true, description: 'First occurrence (YYYY-MM-DD), with a frequency.' })
  @IsOptional()
  @Matches(DAY, { message: 'startDate must be a day, YYYY-MM-DD' })
  startDate?: string | null;
  @Field(() => String, { nullable: true, description: 'No occurrence after this day (YYYY-MM-DD), with a frequency.' })
  @IsOptional()
  @Matches(DAY, { message: 'endDate must be a day, YYYY-MM-DD' })
  endDate?: string | null;
  @Field(() => Int, { defaultValue: 7, description: 'Days after an occurrence by which its visit is due (0–365).' })
  @Min(0)
  @Max(365)
  dueDays!: number;
}

@InputType({ description: 'A finding marked as a non-conformity.' })
export class NonConformityInput {
  @Field({ description: 'What was found.' }) @Length(1, 500) title!: string;
  @Field(() => Severity, { description: 'How serious it is.' }) severity!: Severity;
  @Field(() => String, { nullable: true, description: 'Details.' }) note?: string | null;
  @Field(() => String, { nullable: true, description: 'The scoring-sheet question it is about.' })
  question?: string | null;
}

@InputType({
  description: 'A visit record, as the inspector’s phone sends it (possibly long after, when back online).',
})
export class SubmitVisitInput {
  @Field({ description: 'Id generated on the device: sending the same visit twice stores it once.' })
  @Matches(/^[\w.:-]{8,100}$/, { message: 'clientId must be 8–100 letters, digits, dots, colons, dashes' })
  clientId!: string;
  @Field(() => ID, { nullable: true, description: 'The assignment visited; or give unitId, kindId, version.' })
  assignmentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Without an assignment: the unit visited.' }) unitId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Without an assignment: the inspection kind.' })
  kindId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Without an assignment: the scoring sheet version.' })
  questionnaireVersionId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Staff members of the unit inspected.' })
  staffIds?: string[] | null;
  @Field({ description: 'When the visit began.' }) startedAt!: Date;
  @Field({ description: 'When the visit ended; the visit counts in the period of this time.' }) endedAt!: Date;
  @Field(() => GraphQLJSON, { description: 'Answers to the scoring sheet (SurveyJS data).' }) answers!: unknown;
  @Field(() => [NonConformityInput], { nullable: true, description: 'Findings marked as non-conformities.' })
  nonConformities?: NonConformityInput[] | null;
  @Field(() => [ID], { nullable: true, description: 'Evidence uploaded beforehand (POST /fieldwork/evidence).' })
  attachmentIds?: string[] | null;
}

@InputType({ description: 'A correction of a submitted visit: a new revision, the earlier kept in its history.' })
export class CorrectVisitInput {
  @Field(() => ID, { description: 'The visit (any revision of it).' }) visitId!: string;
  @Field({ description: 'Why it is corrected.' }) @Length(1, 1000) reason!: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Corrected answers; left out, kept.' }) answers?: unknown;
  @Field(() => [ID], { nullable: true, description: 'Corrected staff; left out, kept.' }) staffIds?: string[] | null;
  @Field(() => [NonConformityInput], { nullable: true, description: 'Corrected findings; left out, kept.' })
  nonConformities?: NonConformityInput[] | null;
  @Field(() => [ID], { nullable: true, description: 'Corrected evidence; left out, kept.' })
  attachmentIds?: string[] | null;
}
