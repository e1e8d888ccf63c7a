import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { TenantEntity } from '../../db/tenant-entity.js';
import { IndicatorModelVersion } from '../../indicators/index.js';

export enum CellKind {
  /** Responses of the unit itself, broken down by every filter results take. */
  OWN = 'OWN',
  /** Every response of the unit's subtree, no breakdown: what unfiltered results read. */
  SUBTREE = 'SUBTREE',
}

/**
 * Sufficient statistics of the responses of one unit in one local month, scored by one model
 * version (design.md §4): item histograms, node moments and band counts, unweighted, so that
 * respondent weights (constant within an OWN cell) scale them exactly. Written only by the
 * rollup upkeep (rollup/upkeep.ts); read with the not-yet-rolled tail in one snapshot.
 * Empty text stands for "none" in the breakdown columns so they can be part of the key.
 */
// A ranking reads one month's SUBTREE cells of 500 units: one range of this index, not 500 descents of the key.
@Entity()
@Index({
  name: 'result_cell_month_index',
  properties: [
    'modelVersion',
    'kind',
    'month',
    'questionnaireVersionId',
    'channel',
    'category',
    'situation',
    'language',
  ],
})
export class ResultCell extends TenantEntity {
  @ManyToOne(() => IndicatorModelVersion, { ref: true, deleteRule: 'cascade', primary: true, index: false })
  modelVersion!: Ref<IndicatorModelVersion>;

  @PrimaryKey({ type: 'uuid' })
  unitId!: string;

  @Enum({ items: () => CellKind, primary: true })
  kind!: CellKind;

  /** First day of the month, organisation time zone. */
  @PrimaryKey({ type: 'date' })
  month!: string;

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

export enum RollupStatus {
  /** Waiting for (or in) a rebuild of its organisation's rollups; results scan responses meanwhile. */
  BUILDING = 'BUILDING',
  READY = 'READY',
}

/** A cell's identity, as raw SQL reads and writes it (empty text for "none"). */
export interface CellKey {
  model_version_id: string;
  unit_id: string;
  kind: CellKind;
  month: string;
  questionnaire_version_id: string;
  channel: string;
  category: string;
  situation: string;
  language: string;
}
