import { graphql } from '../graphql';

/**
 * Every unit the person may see, as the unit switcher lists them. Pages that choose a unit (the
 * invitation dialog) ask with this same document, so they share the switcher's request and cache.
 */
export const VisibleUnits = graphql(
  `query SwitcherUnits { orgUnits(first: 200) { edges { node { id name depth } } } }`,
);
