import { Entity, ManyToOne, type Ref } from '@mikro-orm/core';
import { Organization } from '../org/organization.entity.js';

/**
 * Base of every row that belongs to one organisation. The `tenant` filter (db/orm-config.ts)
 * adds `organization_id = ?` to every query on these entities, and fails closed when a request
 * has no organisation.
 */
@Entity({ abstract: true })
export abstract class TenantEntity {
  @ManyToOne(() => Organization, { ref: true, deleteRule: 'cascade', index: false })
  organization!: Ref<Organization>;
}
