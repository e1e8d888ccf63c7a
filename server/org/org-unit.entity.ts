import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../db/tenant-entity.js';

export enum OrgUnitKind {
  HEAD_OFFICE = 'HEAD_OFFICE',
  REGION = 'REGION',
  BRANCH = 'BRANCH',
  SUB_BRANCH = 'SUB_BRANCH',
  COURT = 'COURT',
  OFFICE = 'OFFICE',
}
registerEnumType(OrgUnitKind, { name: 'OrgUnitKind', description: 'What kind of unit this is in the hierarchy.' });

/**
 * A node of the organisation's hierarchy. `path` is the materialised path of ids
 * ("/root/…/self/"), so a subtree is one indexed prefix scan.
 */
@ObjectType({ description: 'An org unit: head office, region, branch, sub-branch, court or office.' })
@Entity()
@Unique({ properties: ['organization', 'code'] })
@Index({
  name: 'org_unit_subtree_idx',
  expression: 'create index "org_unit_subtree_idx" on "org_unit" ("organization_id", "path" text_pattern_ops)',
})
export class OrgUnit extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'depth' | 'weight';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => OrgUnit, { ref: true, nullable: true, deleteRule: 'restrict' })
  parent?: Ref<OrgUnit> | null;

  @Field({ description: 'Code unique within the organisation, e.g. a court or branch number.' })
  @Property({ type: 'text' })
  code!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => OrgUnitKind)
  @Enum({ items: () => OrgUnitKind })
  kind!: OrgUnitKind;

  @Property({ type: 'text' })
  path!: string;

  @Field(() => Float, {
    description: 'Weight of the unit among its siblings in UNIT_WEIGHTS roll-ups (e.g. clients served).',
  })
  @Property({ type: 'double' })
  weight: number = 1;

  @Field(() => Int, { description: 'Depth in the tree; the head office is 0.' })
  @Property({ type: 'integer' })
  depth: number = 0;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
