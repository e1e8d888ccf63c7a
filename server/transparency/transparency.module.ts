/** The transparency module's parts, for the composition root (server/app): its resolvers and entities. */
import { PublishedComment } from './published-comment.entity.js';
import { ServiceCommitment } from './service-commitment.entity.js';
import { TransparencySettings } from './transparency-settings.entity.js';
import { TransparencyResolver } from './transparency.resolver.js';

export const transparencyResolvers = [TransparencyResolver] as const;
export const transparencyEntities = [ServiceCommitment, TransparencySettings, PublishedComment];
