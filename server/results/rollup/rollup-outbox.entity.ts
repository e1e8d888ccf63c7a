import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantEntity } from '../../db/tenant-entity.js';

/**
 * The responses the rollups do not hold yet: the tail results read beside the cells. A row is
 * added in the transaction that stores or curates a response (the `responsesStored` and
 * `responseCurated` events) and deleted in the transaction that adds it to the cells, so a
 * snapshot sees every response either in the cells or here, never both and never neither.
 * Owned by results, so marking a response rolled up never rewrites a response row.
 */
@Entity()
@Index({ properties: ['organization'] })
export class RollupOutbox extends TenantEntity {
  [OptionalProps]?: 'queuedAt';

  @PrimaryKey({ type: 'uuid' })
  responseId!: string;

  /** When the response joined the tail: how far behind the rollup worker is (rollupStatus). */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  queuedAt!: Date;
}
