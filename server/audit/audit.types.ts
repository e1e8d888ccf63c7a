import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';

@ObjectType('AuditEntry', { description: 'One recorded change or export, in the organisation’s hash chain.' })
export class AuditEntryType {
  @Field(() => ID, { description: 'The entry’s id.' }) id!: string;
  @Field(() => Int, { description: 'Position in the organisation’s chain: 1, 2, 3…' }) seq!: number;
  @Field({ description: 'When the change was recorded (the database’s clock).' }) at!: Date;
  @Field({ description: 'USER, API_KEY or SYSTEM (a job, a script).' }) actorKind!: string;
  @Field(() => ID, { nullable: true, description: 'The user or API key; null for SYSTEM.' }) actorId!: string | null;
  @Field({ description: 'CREATE, UPDATE, DELETE or EXPORT.' }) action!: string;
  @Field({ description: 'What changed (Questionnaire, RoleAssignment, ApiKey…) or was exported (ResponseExport…).' })
  entity!: string;
  @Field(() => String, { nullable: true, description: 'The id of what changed, or the exported questionnaire.' })
  entityId!: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The changed fields before (secrets redacted).' })
  before!: unknown;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The changed fields after, or an export’s filters (secrets redacted).',
  })
  after!: unknown;
  @Field({ description: 'SHA-256 of the previous entry’s hash and this entry’s fields.' }) hash!: string;
}

export const AuditEntryConnection = Connection(AuditEntryType);

@InputType({ description: 'Narrows the audit log.' })
export class AuditLogFilterInput {
  @Field(() => String, { nullable: true, description: 'Only this kind of entity (e.g. Questionnaire).' })
  entity?: string | null;
  @Field(() => String, { nullable: true, description: 'Only the entries of this entity id.' })
  entityId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only what this user or API key did.' })
  actorId?: string | null;
}
