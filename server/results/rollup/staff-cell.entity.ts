import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Organization } from '../../org/index.js';

/**
 * The second rollup cell table (docs/scale-out.md, cell tables): what an OWN cell of `result_cell`
 * holds, split once more by the staff member the responses name (`response.staff_id`, empty
 * text for nobody). The POST and STAFF breakdowns read it instead of the responses; a post is
 * looked up in the staff register when read, so editing a member's post needs no rebuild. Kept
 * by the same upkeep as `result_cell` (rollup/upkeep.ts, rollup/staff-cells.ts), in the same
 * transactions and under the same lock, so the two always hold the same responses. The
 * organisation leads the key (the distribution column, docs/scale-out.md); no foreign key to
 * the model version, whose cells the upkeep drops itself.
 */
@Entity()
export class StaffCell {
  @ManyToOne({ entity: 'Organization', ref: true, deleteRule: 'cascade', primary: true })
  organization!: Ref<Organization>;

  @PrimaryKey({ type: 'uuid' })
  modelVersionId!: string;

  @PrimaryKey({ type: 'uuid' })
  unitId!: string;

  /** First day of the month, organisation time zone. */
  @PrimaryKey({ type: 'date' })
  month!: string;

  /** The staff member who served (an id of fieldwork's staff register), or empty text for nobody. */
  @PrimaryKey({ type: 'text' })
  staffId!: string;

  @PrimaryKey({ type: 'text' })
  questionnaireVersionId!: string;

  @PrimaryKey({ type: 'text' })
  channel!: string;

  @PrimaryKey({ type: 'text' })
  category!: string;

  @PrimaryKey({ type: 'text' })
  situation!: string;

  @PrimaryKey({ type: 'text' })
  language!: string;

  @Property({ type: 'integer' })
  responses!: number;

  @Property({ type: 'jsonb' })
  stats!: unknown;
}
