import { LinkView, ResponseLink } from './response-link.entity.js';
import { ResponseImport } from './response-import.entity.js';
import { Response, ResponseChange, ResponseKey } from './response.entity.js';

export const responseEntities = [ResponseLink, LinkView, Response, ResponseKey, ResponseChange, ResponseImport];
