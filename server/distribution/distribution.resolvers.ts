import { DistributionResolver, InvitationResolver } from './distribution.resolver.js';
import { ServiceEventResolver } from './service-event.resolver.js';

export const distributionResolvers = [DistributionResolver, InvitationResolver, ServiceEventResolver] as const;
