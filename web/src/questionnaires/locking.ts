import type { SurveyCreatorModel } from 'survey-creator-core';

interface Named {
  name?: string;
  parent?: Named | null;
  getType?: () => string;
}

/**
 * Mandatory elements of a derived (or adopted) questionnaire are locked in the Creator: they can
 * be moved but not deleted, retyped or edited, as the server refuses those changes at publish.
 * An element inside a locked panel is locked too.
 */
export function lockElements(creator: SurveyCreatorModel, locked: string[]): void {
  if (!locked.length) return;
  const names = new Set(locked);
  const isLocked = (element: unknown): boolean => {
    for (let e = element as Named | null | undefined; e; e = e.parent) {
      if (e.getType?.() === 'page') return false;
      if (e.name && names.has(e.name)) return true;
    }
    return false;
  };
  creator.onElementAllowOperations.add((_, options) => {
    if (!isLocked(options.element)) return;
    options.allowDelete = false;
    options.allowEdit = false;
    options.allowChangeType = false;
    options.allowChangeRequired = false;
    options.allowChangeInputType = false;
  });
  creator.onElementDeleting.add((_, options) => {
    if (isLocked(options.element)) options.allow = false;
  });
  creator.onPropertyGetReadOnly.add((_, options) => {
    if (isLocked(options.element) || isLocked(options.parentElement)) options.readOnly = true;
  });
}
