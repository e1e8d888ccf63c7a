import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Scope } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { MetricObservation } from '../indicators/index.js';
import { ApiScope, Permission } from '../org/index.js';
import { Invitation } from './invitation.entity.js';
import { recordCallOutcome } from './invitation.service.js';
import { ServiceEvent } from './service-event.entity.js';
import { EventRule } from './event-rule.entity.js';
import { OrgCalendar } from './org-calendar.entity.js';
import {
  CalendarInput,
  CallOutcomeInput,
  CreateWebhookEndpointInput,
  EventRuleInput,
  FollowUpRateInput,
  RecordFollowUpRateInput,
  RecordServiceEventInput,
} from './service-event.inputs.js';
import { CreateWebhookEndpointPayload, FollowUpRate } from './service-event.types.js';
import {
  followUpRate,
  getCalendar,
  listEventRules,
  recordFollowUpRate,
  recordServiceEvent,
  saveEventRule,
  setCalendar,
} from './service-event.service.js';
import { createWebhookEndpoint } from './webhook.service.js';

@Resolver()
export class ServiceEventResolver {
  @Mutation(() => ServiceEvent, {
    description: 'Reports a service event; by its type’s rule it schedules an invitation. Idempotent on externalId.',
  })
  @Allow(Permission.RESPONSE_ENTER, Permission.QUESTIONNAIRE_AUTHOR)
  @Scope(ApiScope.RECORD_EVENTS)
  recordServiceEvent(@Arg('input') input: RecordServiceEventInput, @Ctx() ctx: RequestContext): Promise<ServiceEvent> {
    return recordServiceEvent(ctx, input);
  }

  @Query(() => [EventRule], {
    description:
      'What each event type triggers, by event type. Not paged: bounded, at most 200 rules (one per event type).',
  })
  @Allow(Permission.QUESTIONNAIRE_READ)
  eventRules(@Ctx() ctx: RequestContext): Promise<EventRule[]> {
    return listEventRules(ctx);
  }

  @Mutation(() => EventRule, { description: 'Creates or replaces the rule of an event type.' })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  saveEventRule(@Arg('input') input: EventRuleInput, @Ctx() ctx: RequestContext): Promise<EventRule> {
    return saveEventRule(ctx, input);
  }

  @Query(() => OrgCalendar, { description: 'Working days and holidays for follow-up deadlines.' })
  @Allow(Permission.UNIT_READ)
  organizationCalendar(@Ctx() ctx: RequestContext): Promise<OrgCalendar> {
    return getCalendar(ctx);
  }

  @Mutation(() => OrgCalendar, {
    description: 'Replaces the working days and holidays (administrators); a bad date is refused, naming it.',
  })
  @Allow(Permission.USER_MANAGE)
  setOrganizationCalendar(@Arg('input') input: CalendarInput, @Ctx() ctx: RequestContext): Promise<OrgCalendar> {
    return setCalendar(ctx, input);
  }

  @Query(() => FollowUpRate, {
    description: 'Eligible service events followed up by their deadline, for a unit subtree and period.',
  })
  @Allow(Permission.RESULTS_READ)
  followUpRate(@Arg('input') input: FollowUpRateInput, @Ctx() ctx: RequestContext): Promise<FollowUpRate> {
    return followUpRate(ctx, input);
  }

  @Mutation(() => MetricObservation, {
    description: 'Records the follow-up rate of a unit and period as a METRIC observation.',
  })
  @Allow(Permission.METRIC_RECORD)
  recordFollowUpRate(
    @Arg('input') input: RecordFollowUpRateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MetricObservation> {
    return recordFollowUpRate(ctx, input);
  }

  @Mutation(() => CreateWebhookEndpointPayload, {
    description: 'An endpoint another system posts signed service events to; the secret is shown once.',
  })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  async createWebhookEndpoint(
    @Arg('input') input: CreateWebhookEndpointInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreateWebhookEndpointPayload> {
    const { endpoint, secret } = await createWebhookEndpoint(ctx, input);
    const base = ctx.config.PUBLIC_URL ?? `${ctx.req.protocol}://${ctx.req.get('host')}`;
    return { endpoint, secret, url: `${base.replace(/\/$/, '')}/api/webhooks/service-events/${endpoint.id}` };
  }

  @Mutation(() => Invitation, {
    description: 'An interviewer’s call to a PHONE invitation; a completed call counts as its delivery.',
  })
  @Allow(Permission.RESPONSE_ENTER)
  recordCallOutcome(@Arg('input') input: CallOutcomeInput, @Ctx() ctx: RequestContext): Promise<Invitation> {
    return recordCallOutcome(ctx, input);
  }
}
