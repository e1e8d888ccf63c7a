/** Guards the areas' routes use (imported by routes.ts files; this file never imports the router). */
import type { NavigationGuard, RouteLocationNormalized, RouteLocationRaw } from 'vue-router';
import { errorCode } from './data';
import { pageProblem, type PageProblem } from './nav';

/** The same address answered by the not-found page (the address stays as the person typed it). */
export function notFoundAt(to: RouteLocationNormalized, problem: PageProblem): RouteLocationRaw {
  pageProblem.value = problem;
  const pathMatch = to.path.replace(/^\//, '').split('/');
  return { name: 'not-found', params: { pathMatch }, query: to.query, hash: to.hash, replace: true };
}

/**
 * A `beforeEnter` for pages of one record (`/questionnaires/:id`): when the server answers NOT_FOUND,
 * the not-found page says which kind of thing is missing, so no empty editor with live buttons shows.
 */
export function mustExist(problem: PageProblem, check: (id: string) => Promise<unknown>): NavigationGuard {
  return async (to) => {
    try {
      await check(String(to.params.id));
      return true;
    } catch (error) {
      return errorCode(error) === 'NOT_FOUND' ? notFoundAt(to, problem) : true;
    }
  };
}
