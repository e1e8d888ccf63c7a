import { actionsEntities } from '../actions/index.js';
import { TenantEntity } from '../db/tenant-entity.js';
import { DraftedEntity, PublishedVersionEntity } from '../db/versioned-entity.js';
import { distributionEntities } from '../distribution/index.js';
import { fieldworkEntities } from '../fieldwork/index.js';
import { indicatorEntities } from '../indicators/index.js';
import { orgEntities } from '../org/index.js';
import { questionnaireEntities } from '../questionnaires/index.js';
import { responseEntities } from '../responses/index.js';
import { resultsEntities } from '../results/index.js';
import { guardEntities } from '../http/abuse-guard.js';
import { casesEntities } from '../cases/index.js';
import { auditTrailEntities } from '../db/audit-trail.js';
import { webhooksEntities } from '../webhooks/index.js';
import { transparencyEntities } from '../transparency/index.js';
import { reportsEntities } from '../reports/index.js';

/** Every entity of every module; a new module adds its list here. */
export const entities = [
  TenantEntity,
  DraftedEntity,
  PublishedVersionEntity,
  ...orgEntities,
  ...questionnaireEntities,
  ...indicatorEntities,
  ...responseEntities,
  ...resultsEntities,
  ...distributionEntities,
  ...guardEntities,
  ...casesEntities,
  ...actionsEntities,
  ...fieldworkEntities,
  ...auditTrailEntities,
  ...webhooksEntities,
  ...transparencyEntities,
  ...reportsEntities,
];

/** Entities carrying an organisation id, to which the tenant filter applies. */
export const tenantEntityNames = entities
  .filter(
    (e) =>
      ![TenantEntity, DraftedEntity, PublishedVersionEntity].includes(e as never) &&
      e.prototype instanceof TenantEntity,
  )
  .map((e) => e.name);
