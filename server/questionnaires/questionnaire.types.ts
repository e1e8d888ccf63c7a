import { GraphQLJSON } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { QuestionnaireVersion } from './questionnaire-version.entity.js';
import { Questionnaire } from './questionnaire.entity.js';
import { DiffAspect } from './survey-diff.js';
import { Template } from './template.entity.js';

registerEnumType(DiffAspect, { name: 'DiffAspect', description: 'What about a question changed.' });

export enum LineageKind {
  TEMPLATE = 'TEMPLATE',
  PARENT = 'PARENT',
}
registerEnumType(LineageKind, {
  name: 'LineageKind',
  description: 'Whether the parent is a template or a questionnaire of a unit above.',
});

@ObjectType('Translation')
export class TranslationType {
  @Field() locale!: string;
  @Field() text!: string;
}

@ObjectType('DefinitionProblem', {
  description: 'A problem in a SurveyJS definition, located by JSON path and element name.',
})
export class DefinitionProblemType {
  @Field({ description: 'e.g. pages[0].elements[2].choices[1]' }) path!: string;
  @Field(() => String, { nullable: true, description: 'Name of the question or panel concerned.' }) element!:
    string | null;
  @Field() message!: string;
}

@ObjectType()
export class SaveQuestionnaireDraftPayload {
  @Field(() => Questionnaire) questionnaire!: Questionnaire;
  @Field(() => [DefinitionProblemType], {
    description: 'What would stop publishing; saving a draft with problems is allowed.',
  })
  problems!: DefinitionProblemType[];
}

@ObjectType({ description: 'One change to a question.' })
export class AspectChange {
  @Field(() => DiffAspect) aspect!: DiffAspect;
  @Field({ description: 'SurveyJS property concerned (choices, rows, columns, rate, visibleIf…).' }) property!: string;
  @Field(() => GraphQLJSON, { nullable: true }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after!: unknown;
}

@ObjectType({ description: 'A question or panel that was added or removed.' })
export class DiffElement {
  @Field() name!: string;
  @Field() type!: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Title as authored (text or localised object).' })
  title!: unknown;
  @Field({ description: 'Page name ("" when the survey has no pages).' }) page!: string;
  @Field(() => GraphQLJSON) element!: unknown;
}

@ObjectType({ description: 'A question present in both versions that changed.' })
export class ElementChange {
  @Field() name!: string;
  @Field() type!: string;
  @Field(() => GraphQLJSON, { nullable: true }) title!: unknown;
  @Field({ description: 'Page in the newer version.' }) page!: string;
  @Field(() => [AspectChange]) changes!: AspectChange[];
}

@ObjectType('DefinitionDiff', { description: 'Questions added, removed and changed, matched by name.' })
export class DefinitionDiffFields {
  @Field(() => [DiffElement]) added!: DiffElement[];
  @Field(() => [DiffElement]) removed!: DiffElement[];
  @Field(() => [ElementChange]) changed!: ElementChange[];
  @Field(() => Int, { description: 'Questions present in both versions without change.' }) unchangedCount!: number;
}

@ObjectType({ description: 'Differences between two versions, matched by question name.' })
export class QuestionnaireDiff extends DefinitionDiffFields {
  @Field(() => QuestionnaireVersion) from!: QuestionnaireVersion;
  @Field(() => QuestionnaireVersion) to!: QuestionnaireVersion;
}

@ObjectType({
  description: 'The parent (template or head-office questionnaire) has a newer version than the draft is based on.',
})
export class ParentUpdate extends DefinitionDiffFields {
  @Field(() => LineageKind) kind!: LineageKind;
  @Field(() => Int, { description: 'Parent version the draft is based on.' }) fromVersionNumber!: number;
  @Field(() => Int, { description: 'Parent’s newest version.' }) toVersionNumber!: number;
}

@ObjectType('MergeConflict', { description: 'An element both sides changed; the draft kept its own side.' })
export class MergeConflictType {
  @Field({ description: 'Element name, or (survey).property / (page).name.' }) name!: string;
  @Field() reason!: string;
  @Field(() => GraphQLJSON, { nullable: true }) ours!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) theirs!: unknown;
}

@ObjectType()
export class MergeTemplateUpdatePayload {
  @Field(() => Questionnaire) questionnaire!: Questionnaire;
  @Field(() => [String], { description: 'Elements and properties taken from the parent.' }) applied!: string[];
  @Field(() => [MergeConflictType]) conflicts!: MergeConflictType[];
}

export const QuestionnaireConnection = Connection(Questionnaire);
export const TemplateConnection = Connection(Template);
