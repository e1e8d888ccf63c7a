import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { Permission } from '../org/index.js';
import { CaseSettings } from './case-settings.entity.js';
import { SaveCaseSettingsInput } from './case.inputs.js';
import { getCaseSettings, saveCaseSettings } from './case-settings.service.js';

@Resolver(() => CaseSettings)
export class CaseSettingsResolver {
  @Query(() => CaseSettings, {
    description: 'The organisation’s escalation rules and satisfaction threshold (ADMIN at the head office).',
  })
  @Allow(Permission.USER_MANAGE)
  caseSettings(@Ctx() ctx: RequestContext): Promise<CaseSettings> {
    return getCaseSettings(ctx);
  }

  @Mutation(() => CaseSettings, {
    description: 'Changes when overdue cases escalate and the satisfaction threshold (ADMIN at the head office).',
  })
  @Allow(Permission.USER_MANAGE)
  saveCaseSettings(
    @Arg('input', { description: 'The new rules.' }) input: SaveCaseSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseSettings> {
    return saveCaseSettings(ctx, input);
  }
}
