import { Serializer, type SurveyModel } from 'survey-core';
import type { SurveyCreatorModel } from 'survey-creator-core';

/**
 * The author marks elements mandatory for questionnaires derived from this one (head office's
 * core questions). The mark is a Creator property kept out of the SurveyJS JSON
 * (isSerializable: false): Barometer stores the list beside the draft (mandatoryElements).
 */
const PROPERTY = 'barometerMandatory';
let registered = false;
let changed: ((element: unknown) => void) | null = null;

export function registerMandatoryProperty(displayName: string): void {
  if (registered) return;
  for (const type of ['question', 'panel']) {
    Serializer.addProperty(type, {
      name: `${PROPERTY}:boolean`,
      displayName,
      category: 'general',
      visibleIndex: 0,
      isSerializable: false,
      default: false,
      onSetValue: (obj: Named, value: unknown) => {
        obj.setPropertyValue(PROPERTY, value);
        changed?.(obj);
      },
    });
  }
  registered = true;
}

type Named = {
  name: string;
  getPropertyValue(name: string): unknown;
  setPropertyValue(name: string, value: unknown): void;
};
const elements = (survey: SurveyModel): Named[] =>
  [...survey.getAllQuestions(false, false, true), ...survey.getAllPanels(false, true)] as unknown as Named[];

export function markMandatory(survey: SurveyModel, names: string[]): void {
  const set = new Set(names);
  for (const e of elements(survey)) e.setPropertyValue(PROPERTY, set.has(e.name));
}

export function mandatoryNames(survey: SurveyModel): string[] {
  return elements(survey)
    .filter((e) => e.getPropertyValue(PROPERTY) === true)
    .map((e) => e.name);
}

/** The mark is not in the JSON, so the Creator would not see it as a change: say so, and autosave runs. */
export function saveOnMandatoryChange(creator: SurveyCreatorModel): void {
  changed = (target) => creator.setModified({ type: 'PROPERTY_CHANGED', name: PROPERTY, target });
}
