import { Entity, ManyToOne, type Ref } from '@mikro-orm/core';
// By name, not by class: the kernel does not import the org module.
import type { Organization } from '../org/index.js';

/**
 * Base of every row that belongs to one organisation. The `tenant` filter (db/orm-config.ts)
 * adds `organization_id = ?` to every query on these entities, and fails closed when a request
 * has no organisation.
 */
@Entity({ abstract: true })
export abstract class TenantEntity {
  @ManyToOne({ entity: 'Organization', ref: true, deleteRule: 'cascade', index: false })
  organization!: Ref<Organization>;
}
