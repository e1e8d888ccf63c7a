/**
 * The route convention every area follows (docs/web.md, "Adding a page"): `web/src/<area>/routes.ts`
 * exports `routes: RouteRecordRaw[]` and `nav: NavItem[]`; shell/router.ts collects them all.
 */
import type { Component } from 'vue';
import { ref } from 'vue';
import type { Router } from 'vue-router';
import type { Permission } from '../gql/graphql';

/** Sidebar sections, in this order; an area may name another (its title is the message `shell.sections.<section>`). */
export const SECTIONS = ['work', 'results', 'setup'];

/** One sidebar entry. */
export interface NavItem {
  /** The sidebar section: `work`, `results`, `setup` or a new one with a `shell.sections.<section>` message. */
  section: string;
  /** The message key of the entry's text, e.g. `nav.units`. */
  label: string;
  /** Where it leads; the entry is highlighted on this path and every path under it. */
  path: string;
  /** An icon component (e.g. from @element-plus/icons-vue). */
  icon?: Component;
  /** Shown only to people holding this permission on some unit. */
  permission?: Permission;
  /** A small component drawn after the text (a count to do, e.g. open cases). */
  badge?: Component;
  /** Position within its section, smallest first. */
  order: number;
}

/**
 * Why the not-found page is showing instead of the page asked for (set by the guards): the message key
 * of the sentence that says so (e.g. `shell.notFound.questionnaire`), `shell.forbidden`, or null.
 */
export type PageProblem = string | null;

declare module 'vue-router' {
  interface RouteMeta {
    /** Open without signing in (the sign-in page). */
    public?: boolean;
    /** Needs this permission on some unit; without it the page says so. */
    permission?: Permission;
    /** The message key of the page's title, shown in the breadcrumbs. */
    title?: string;
    /** Drawn without the sidebar and header (printable report, sign-in). */
    bare?: boolean;
    /** Needs the whole width (the Creator): the sidebar folds away behind the Menu button. */
    wide?: boolean;
  }
}

export const pageProblem = ref<PageProblem>(null);
export const FORBIDDEN = 'shell.forbidden';

let current: Router | null = null;

export function setRouter(router: Router): void {
  current = router;
}

/** Navigates from code outside a component (route props' event handlers). */
export function go(path: string): void {
  void current?.push(path);
}
