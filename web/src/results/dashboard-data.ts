/**
 * What the results dashboard asks the server, as cached queries (issue 14: charts within 400 ms of navigation,
 * a filtered redraw within 100 ms). The charts and the ranking are two parallel requests keyed on the scope shown,
 * so a filter re-asks only those two, the unit path only when the unit changes, and a scope seen before answers
 * from the cache at once. The previous answer stays on screen while the next one comes, so nothing re-mounts.
 */
import { keepPreviousData } from '@tanstack/vue-query';
import { computed, type Ref } from 'vue';
import type { ScoresInput } from '../gql/graphql';
import { useGql } from '../shell/data';
import {
  DashboardChartsQuery,
  DashboardRankingQuery,
  DashboardUnitsQuery,
  FilterVersionsQuery,
  PublishedModelsQuery,
  UnitPathQuery,
} from './operations';
import { boundQuestionnaires, scoresInput, type Scope } from './scope';

export function useDashboardData(shown: Ref<Scope | null>) {
  const on = computed(() => shown.value !== null && shown.value.modelId !== '');
  // Evaluated for the cache key even while nothing is shown (the queries are disabled then).
  const variables = () => ({ input: shown.value ? scoresInput(shown.value) : (null as unknown as ScoresInput) });
  const keep = { enabled: on, placeholderData: keepPreviousData };
  const charts = useGql(DashboardChartsQuery, variables, keep);
  const ranking = useGql(DashboardRankingQuery, variables, keep);
  const path = useGql(UnitPathQuery, () => ({ id: shown.value?.unitId ?? '' }), keep);
  const models = useGql(PublishedModelsQuery);
  const units = useGql(DashboardUnitsQuery);
  const questionnaireId = computed(() =>
    charts.data.value ? (boundQuestionnaires(charts.data.value.scores.modelVersion.definition.json)[0] ?? null) : null,
  );
  // Whoever reads the results reads the questionnaire they count (docs/security.md): its versions are the version filter.
  const versions = useGql(FilterVersionsQuery, () => ({ id: questionnaireId.value ?? '' }), {
    enabled: computed(() => questionnaireId.value !== null),
    retry: false,
  });
  return {
    charts,
    ranking,
    path,
    questionnaireId,
    questionnaire: computed(() => versions.data.value?.questionnaire ?? null),
    models: computed(() =>
      (models.data.value?.indicatorModels.edges ?? []).map((e) => e.node).filter((m) => m.latestVersionNumber > 0),
    ),
    modelsLoaded: computed(() => models.data.value !== undefined),
    units: computed(() => (units.data.value?.orgUnits.edges ?? []).map((e) => e.node)),
  };
}
