import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Scope } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { ApiScope, Permission } from '../org/index.js';
import { getImport, importInline, startImport } from './import.service.js';
import { ImportProblemType } from './response.types.js';
import { ImportResponsesInput, StartResponseImportInput } from './response.inputs.js';
import { ResponseImport } from './response-import.entity.js';

@Resolver(() => ResponseImport)
export class ResponseImportResolver {
  @Mutation(() => ResponseImport, {
    description: 'Creates an import; send the file (CSV or JSON lines, any size) to its uploadUrl with PUT.',
  })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  @Scope(ApiScope.IMPORT)
  startResponseImport(
    @Arg('input') input: StartResponseImportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ResponseImport> {
    return startImport(ctx, input);
  }

  @Mutation(() => ResponseImport, { description: 'Imports a small file given inline, and returns its report.' })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  @Scope(ApiScope.IMPORT)
  importResponses(@Arg('input') input: ImportResponsesInput, @Ctx() ctx: RequestContext): Promise<ResponseImport> {
    return importInline(ctx, input);
  }

  @Query(() => ResponseImport, { description: 'An import’s progress and report.' })
  @Allow(Permission.QUESTIONNAIRE_AUTHOR)
  @Scope(ApiScope.IMPORT)
  responseImport(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ResponseImport> {
    return getImport(ctx, id);
  }

  @FieldResolver(() => String, { description: 'Where to PUT the file.' })
  uploadUrl(@Root() job: ResponseImport): string {
    return `/api/response-imports/${job.id}`;
  }

  @FieldResolver(() => [ImportProblemType], { description: 'Row problems (the first 1,000).' })
  problems(@Root() job: ResponseImport): ImportProblemType[] {
    return job.problems;
  }
}
