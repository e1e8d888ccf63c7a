import type { SurveyCreatorModel } from 'survey-creator-core';

/**
 * Draft saves still under way, across editor instances: an editor left while its save is in flight (or its autosave
 * timer pending) must not let the next editor of the same session load the revision that save replaces, or that
 * editor's Publish is refused as a conflict with the author's own save.
 */
let inFlight: Promise<unknown> = Promise.resolve();

/** Records a save; resolves (never rejects) when it and every earlier one are done. */
export function trackSave(save: Promise<unknown>): Promise<unknown> {
  const settled = save.catch(() => undefined);
  inFlight = Promise.all([inFlight, settled]);
  return settled;
}

/** Resolves when every save recorded so far is done: an editor loads its draft after this. */
export const savesDone = (): Promise<unknown> => inFlight;

/** On leaving the editor: a change still waiting for its autosave is saved now, and the timer cancelled. */
export function flushOnLeave(creator: SurveyCreatorModel): void {
  // The Creator keeps its autosave timer here (survey-creator-core's doAutoSave); it would fire on an unmounted editor.
  const timer = (creator as unknown as { autoSaveTimerId?: ReturnType<typeof setTimeout> | null }).autoSaveTimerId;
  if (timer) clearTimeout(timer);
  if (creator.state === 'modified') creator.saveSurvey();
}
