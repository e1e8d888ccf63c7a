/** Who is signed in, what they may do, and the unit they are working on (the header's unit switcher). */
import { computed, ref, watch } from 'vue';
import { gql, graphql } from '../graphql';
import type { Permission, ViewerFieldsFragment } from '../gql/graphql';

graphql(`
  fragment ViewerFields on Viewer {
    kind
    permissions
    user { displayName email }
    organization { name headOffice { id name } }
    grants { unit { id name } }
  }
`);
const LoginMutation = graphql(`mutation Login($input: LoginInput!) { login(input: $input) { ...ViewerFields } }`);
const LogoutMutation = graphql(`mutation Logout { logout }`);
const MeQuery = graphql(`query Me { me { ...ViewerFields } }`);

const UNIT_KEY = 'barometer-unit';

/** The signed-in person, null when signed out; undefined until the first `loadViewer()` answered. */
export const viewer = ref<ViewerFieldsFragment | null | undefined>(undefined);
const chosenUnit = ref(localStorage.getItem(UNIT_KEY) ?? '');
let loading: Promise<ViewerFieldsFragment | null> | null = null;

/** Asks the server once who is signed in (the guards wait for it). */
export function loadViewer(): Promise<ViewerFieldsFragment | null> {
  if (viewer.value !== undefined) return Promise.resolve(viewer.value);
  loading ??= gql(MeQuery)
    .then((data) => (viewer.value = data.me ?? null))
    .catch(() => (viewer.value = null))
    .finally(() => (loading = null));
  return loading;
}

export async function signIn(email: string, password: string, code?: string): Promise<void> {
  viewer.value = (await gql(LoginMutation, { input: { email, password, code: code || null } })).login;
}

export async function signOut(): Promise<void> {
  await gql(LogoutMutation).catch(() => undefined);
  viewer.value = null;
  // What the inspector's pages kept for a reload offline (fieldwork/offline.ts) is the person's own.
  if ('caches' in window) await caches.delete('barometer-inspector-data').catch(() => false);
}

/** Forgets the session without asking the server (it already answered UNAUTHENTICATED). */
export function sessionEnded(): void {
  if (viewer.value) viewer.value = null;
}

/** True when the person holds `permission` on some unit (the server still decides per unit). */
export function can(permission: Permission | undefined): boolean {
  return !permission || (viewer.value?.permissions ?? []).includes(permission);
}

/** The unit pages start from: the one chosen in the header, else the person's first grant, else head office. */
export const currentUnitId = computed(() => {
  const v = viewer.value;
  if (!v) return '';
  return chosenUnit.value || v.grants[0]?.unit.id || v.organization.headOffice.id;
});

export function chooseUnit(id: string): void {
  chosenUnit.value = id;
}

watch(chosenUnit, (id) => (id ? localStorage.setItem(UNIT_KEY, id) : localStorage.removeItem(UNIT_KEY)));
watch(viewer, (v, old) => {
  // Another person signing in on this browser does not inherit the previous one's unit.
  if (old && v?.user?.email !== old.user?.email) chosenUnit.value = '';
});
