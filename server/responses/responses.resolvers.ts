import { ResponseImportResolver } from './import.resolver.js';
import { ResponseResolver } from './response.resolver.js';

export const responseResolvers = [ResponseResolver, ResponseImportResolver] as const;
