import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';
import { OrgUnit } from '../org/index.js';
import { QuestionnaireVersion } from '../questionnaires/index.js';
import { Channel } from './response.entity.js';

export enum ImportFormat {
  CSV = 'CSV',
  JSONL = 'JSONL',
}
registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description: 'CSV (UTF-8, one column per question) or JSON lines.',
});

export enum ImportMode {
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  SKIP_INVALID = 'SKIP_INVALID',
}
registerEnumType(ImportMode, {
  name: 'ImportMode',
  description: 'Store nothing when any row is invalid, or store the valid rows and report the others.',
});

export enum ImportStatus {
  WAITING_FOR_DATA = 'WAITING_FOR_DATA',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(ImportStatus, { name: 'ImportStatus' });

export interface ImportProblem {
  row: number;
  question: string | null;
  message: string;
}

/** An import of historical or paper responses, with its progress and report. */
@ObjectType({
  description: 'An import of responses into one questionnaire version, with progress and a per-row report.',
})
@Entity()
export class ResponseImport extends TenantEntity {
  [OptionalProps]?:
    | 'createdAt'
    | 'status'
    | 'rowsRead'
    | 'rowsStored'
    | 'rowsInvalid'
    | 'problems'
    | 'message'
    | 'startedAt'
    | 'finishedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => QuestionnaireVersion, { ref: true, deleteRule: 'cascade' })
  questionnaireVersion!: Ref<QuestionnaireVersion>;

  @ManyToOne(() => OrgUnit, { ref: true, deleteRule: 'cascade' })
  unit!: Ref<OrgUnit>;

  @Field(() => ImportFormat)
  @Enum({ items: () => ImportFormat })
  format!: ImportFormat;

  @Field(() => ImportMode)
  @Enum({ items: () => ImportMode })
  mode!: ImportMode;

  @Field(() => Channel)
  @Enum({ items: () => Channel })
  channel!: Channel;

  @Field(() => ImportStatus)
  @Enum({ items: () => ImportStatus })
  status: ImportStatus = ImportStatus.WAITING_FOR_DATA;

  @Field(() => Int, { description: 'Data rows read so far.' })
  @Property({ type: 'integer' })
  rowsRead: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer' })
  rowsStored: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer' })
  rowsInvalid: number = 0;

  /** The first 1,000 problems. */
  @Property({ type: 'jsonb' })
  problems: ImportProblem[] = [];

  @Field(() => String, { nullable: true, description: 'Why the whole file was refused (encoding, columns…).' })
  @Property({ type: 'text', nullable: true })
  message: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;
}
