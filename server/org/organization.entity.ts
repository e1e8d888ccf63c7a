import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** The interface and survey languages an organisation can offer (docs/administration.md). */
export const OFFERED_LANGUAGES = ['en', 'zh-CN', 'uk'] as const;

/** A service situation the runner can ask (docs/service-situation.md): its code, stored on responses, and labels. */
export interface ServiceSituationOption {
  code: string;
  /** Label per language code. */
  labels: Record<string, string>;
}

@ObjectType({ description: 'A tenant: an agency, court system or insurer, with its own units, users and data.' })
@Entity()
export class Organization {
  [OptionalProps]?:
    | 'createdAt'
    | 'minGroupSize'
    | 'timeZone'
    | 'languages'
    | 'logoDataUrl'
    | 'primaryColor'
    | 'privacyNotice'
    | 'serviceSituations';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'Short unique name, used at sign-in when an e-mail exists in several organisations.' })
  @Property({ type: 'text', unique: true })
  slug!: string;

  @Field({ description: 'IANA time zone in which periods and buckets are computed.' })
  @Property({ type: 'text' })
  timeZone: string = 'UTC';

  @Field(() => Int, {
    description: 'Smallest group whose scores are shown in anonymous and confidential distributions.',
  })
  @Property({ type: 'integer' })
  minGroupSize: number = 5;

  @Field(() => [String], {
    description: 'Languages offered to staff and respondents (en, zh-CN, uk), first the default.',
  })
  @Property({ type: 'json', defaultRaw: `'["en","zh-CN","uk"]'::jsonb` })
  languages: string[] = [...OFFERED_LANGUAGES];

  /** Branding, shown by the runner: a small image as a data URL (see branding.ts). */
  @Property({ type: 'text', nullable: true })
  logoDataUrl: string | null = null;

  /** Branding: #rrggbb with at least 4.5:1 contrast against white. */
  @Property({ type: 'text', nullable: true })
  primaryColor: string | null = null;

  /** Privacy notice per language code, shown by the runner. */
  @Property({ type: 'json', defaultRaw: `'{}'::jsonb` })
  privacyNotice: Record<string, string> = {};

  /** The service situations a distribution can ask respondents to choose from, in the order shown. */
  @Property({ type: 'json', defaultRaw: `'[]'::jsonb` })
  serviceSituations: ServiceSituationOption[] = [];

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
