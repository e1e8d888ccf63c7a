import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Organization } from '../../org/index.js';

/**
 * The responses the rollups do not hold yet: the tail results read beside the cells. A row is
 * added in the transaction that stores or curates a response (the `responsesStored` and
 * `responseCurated` events) and deleted in the transaction that adds it to the cells, so a
 * snapshot sees every response either in the cells or here, never both and never neither.
 * Owned by results, so marking a response rolled up never rewrites a response row. Keyed by
 * (organization_id, response_id), the distribution column first (docs/scale-out.md); read with
 * SQL only, always by organisation.
 */
@Entity()
export class RollupOutbox {
  [OptionalProps]?: 'queuedAt';

  @ManyToOne({ entity: 'Organization', ref: true, deleteRule: 'cascade', primary: true })
  organization!: Ref<Organization>;

  @PrimaryKey({ type: 'uuid' })
  responseId!: string;

  /** When the response joined the tail: how far behind the rollup worker is (rollupStatus). */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  queuedAt!: Date;
}
