/** The actions module's parts, for the composition root (server/app): its resolvers and entities. */
import { ActionConsequence } from './action-consequence.entity.js';
import { ActionEscalation } from './action-escalation.entity.js';
import { ActionNote } from './action-note.entity.js';
import { ActionRecheck } from './action-recheck.entity.js';
import { RectificationAction } from './action.entity.js';
import { ActionResolver } from './action.resolver.js';
import { CallListResolver } from './call-list.resolver.js';
import { ActionPeopleResolver } from './people.resolver.js';
import { FollowUpAssignment } from './follow-up-assignment.entity.js';
import { WorkPlan } from './work-plan.entity.js';
import { WorkPlanResolver } from './work-plan.resolver.js';

export const actionsResolvers = [ActionResolver, CallListResolver, WorkPlanResolver, ActionPeopleResolver] as const;
export const actionsEntities = [
  RectificationAction,
  ActionNote,
  ActionRecheck,
  ActionEscalation,
  ActionConsequence,
  FollowUpAssignment,
  WorkPlan,
];
