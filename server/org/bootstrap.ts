import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { Organization } from './organization.entity.js';
import { DEMO_SLUG } from './demo-organization.js';
import { LIBRARY_SLUG } from './library-organization.js';
import { createOrganization } from './organization.service.js';

export interface BootstrapResult {
  email: string;
  password: string;
  organization: string;
}

/** On the first start only (no organisation but the library and the demo): a first organisation and its administrator. */
export async function bootstrap(em: EntityManager, config: Config): Promise<BootstrapResult | null> {
  if ((await em.count(Organization, { slug: { $nin: [LIBRARY_SLUG, DEMO_SLUG] } })) > 0) return null;
  const slug =
    config.BOOTSTRAP_ORG_NAME.toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'demo';
  // Several copies starting at once race here; the unique slug lets exactly one win.
  const created = await createOrganization(em, {
    name: config.BOOTSTRAP_ORG_NAME,
    slug,
    timeZone: config.BOOTSTRAP_ORG_TIME_ZONE,
    admin: {
      email: config.BOOTSTRAP_ADMIN_EMAIL,
      displayName: 'Administrator',
      password: config.BOOTSTRAP_ADMIN_PASSWORD,
    },
  }).catch((error) => {
    if (error instanceof UniqueConstraintViolationException) return null;
    throw error;
  });
  if (!created) return null;
  return { email: created.admin.email, password: created.adminPassword, organization: slug };
}
