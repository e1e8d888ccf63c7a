import { DistributionResolver, InvitationResolver } from './distribution.resolver.js';

export const distributionResolvers = [DistributionResolver, InvitationResolver] as const;
