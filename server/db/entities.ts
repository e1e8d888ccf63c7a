import { TenantEntity } from './tenant-entity.js';
import { DraftedEntity, PublishedVersionEntity } from './versioned-entity.js';
import { orgEntities } from '../org/org.entities.js';
import { questionnaireEntities } from '../questionnaires/questionnaires.entities.js';
import { indicatorEntities } from '../indicators/indicators.entities.js';
import { responseEntities } from '../responses/responses.entities.js';
import { WeightingScheme } from '../results/weighting-scheme.entity.js';
import { rollupEntities } from '../results/rollup/rollup.entities.js';
import { distributionEntities } from '../distribution/distribution.entities.js';

/** Every entity of every module; modules add theirs here. */
export const entities = [TenantEntity, DraftedEntity, PublishedVersionEntity, ...orgEntities, ...questionnaireEntities, ...indicatorEntities, ...responseEntities, WeightingScheme, ...rollupEntities, ...distributionEntities];

/** Entities carrying an organisation id, to which the tenant filter applies. */
export const tenantEntityNames = entities
  .filter((e) => ![TenantEntity, DraftedEntity, PublishedVersionEntity].includes(e as never) && e.prototype instanceof TenantEntity)
  .map((e) => e.name);
