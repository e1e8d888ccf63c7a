import { Entity, Enum, ManyToOne, OptionalProps, Property, type Ref } from '@mikro-orm/core';
import { TenantEntity } from '../../db/tenant-entity.js';
import { IndicatorModelVersion } from '../../indicators/index.js';
import { RollupStatus } from './result-cell.entity.js';

/** A model version whose results are kept rolled up: the latest published version of each model. */
@Entity()
export class RollupModel extends TenantEntity {
  [OptionalProps]?: 'builtAt';

  @ManyToOne(() => IndicatorModelVersion, { ref: true, deleteRule: 'cascade', primary: true })
  modelVersion!: Ref<IndicatorModelVersion>;

  @Enum({ items: () => RollupStatus })
  status!: RollupStatus;

  @Property({ type: 'timestamptz', nullable: true })
  builtAt: Date | null = null;
}
