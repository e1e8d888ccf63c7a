import type { InjectionKey } from 'vue';
import type { ScorableQuestion } from './scorable';

/** What every node of the editor's tree needs from the page. */
export interface EditorContext {
  questionnaireId: string;
  questions: ScorableQuestion[];
  problems: Map<string, string[]>;
  weights: Map<string, { share: number; effectiveWeight: number }>;
  /** The organisation's administrative statistics, for METRIC indicators. */
  metrics: { key: string; label: string; measurementUnit: string }[];
}
export const EDITOR: InjectionKey<EditorContext> = Symbol('indicator-model-editor');

export const percent = (x: number) => `${(Math.round(x * 1000) / 10).toLocaleString()} %`;
