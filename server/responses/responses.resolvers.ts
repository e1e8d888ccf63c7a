import { ResponseResolver } from './response.resolver.js';

export const responseResolvers = [ResponseResolver] as const;
