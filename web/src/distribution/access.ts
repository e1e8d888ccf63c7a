/** What the signed-in person may do on the distribution pages (the server decides per unit; this only hides what would be refused). */
import { inject, provide, ref, type Ref } from 'vue';
import { gql, graphql } from '../graphql';
import type { Permission } from '../gql/graphql';

const PermissionsQuery = graphql(`query DistributionPermissions { me { permissions } }`);
const KEY = Symbol('distribution-permissions');

/** Loads the caller's permissions once for the distribution pages; until known, everything shows. */
export function providePermissions(): void {
  const held = ref<Permission[] | null>(null);
  provide(KEY, held);
  void gql(PermissionsQuery)
    .then((data) => (held.value = data.me?.permissions ?? []))
    .catch(() => (held.value = null));
}

/** True unless the caller is known not to hold `permission` anywhere. */
export function useCan(): (permission: Permission) => boolean {
  const held = inject<Ref<Permission[] | null>>(KEY, ref(null));
  return (permission) => held.value === null || held.value.includes(permission);
}
