import { TenantEntity } from './tenant-entity.js';
import { orgEntities } from '../org/org.entities.js';
import { questionnaireEntities } from '../questionnaires/questionnaires.entities.js';
import { indicatorEntities } from '../indicators/indicators.entities.js';
import { responseEntities } from '../responses/responses.entities.js';

/** Every entity of every module; modules add theirs here. */
export const entities = [TenantEntity, ...orgEntities, ...questionnaireEntities, ...indicatorEntities, ...responseEntities];

/** Entities carrying an organisation id, to which the tenant filter applies. */
export const tenantEntityNames = entities
  .filter((e) => e !== TenantEntity && e.prototype instanceof TenantEntity)
  .map((e) => e.name);
