/** The responses module's parts, for the composition root (server/app): its resolvers and entities. */
import { ResponseLink } from './response-link.entity.js';
import { LinkView } from './link-view.entity.js';
import { Response } from './response.entity.js';
import { ResponseChange } from './response-change.entity.js';
import { ResponseKey } from './response-key.entity.js';
import { ResponseImport } from './response-import.entity.js';
import { ResponseImportResolver } from './import.resolver.js';
import { ResponseLinkResolver, ResponseResolver } from './response.resolver.js';
import { ScoreResponseResolver } from './score-response.resolver.js';

export const responseResolvers = [
  ResponseResolver,
  ResponseLinkResolver,
  ResponseImportResolver,
  ScoreResponseResolver,
] as const;
export const responseEntities = [ResponseLink, LinkView, Response, ResponseKey, ResponseChange, ResponseImport];
