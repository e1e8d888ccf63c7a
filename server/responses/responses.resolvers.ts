import { ResponseImportResolver } from './import.resolver.js';
import { ResponseLinkResolver, ResponseResolver } from './response.resolver.js';

export const responseResolvers = [ResponseResolver, ResponseLinkResolver, ResponseImportResolver] as const;
