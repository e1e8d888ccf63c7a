import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Length } from 'class-validator';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { ContactKind } from '../distribution/index.js';
import { Permission } from '../org/index.js';
import { eraseContactData, exportContactData } from './contact-data.service.js';

@InputType({ description: 'The person a data request is about: their e-mail address or phone number.' })
export class ContactDataInput {
  @Field({
    description: 'The e-mail address or phone number (international format, or national for the default country).',
  })
  @Length(1, 254)
  contact!: string;

  @Field(() => ContactKind, { description: 'Whether `contact` is an e-mail address or a phone number.' })
  kind!: ContactKind;
}

@ObjectType({ description: 'What an erasure removed.' })
export class ContactErasure {
  @Field(() => Int, { description: 'Distribution contacts erased (0 or 1); their invitations forget them.' })
  contacts!: number;

  @Field(() => Int, { description: 'Cases whose client contact was erased; the cases keep their facts.' })
  cases!: number;

  @Field(() => Int, { description: 'Key clients whose name and contact were erased; their visits stay.' })
  keyClients!: number;
}

@Resolver()
export class ContactDataResolver {
  @Mutation(() => GraphQLJSON, {
    description:
      'Everything held about one contact (invitations, the responses they led to, cases, key clients), as JSON ' +
      'to hand to the person. ADMIN at the head office; recorded in the audit log.',
  })
  @Allow(Permission.USER_MANAGE)
  exportContactData(
    @Arg('input', { description: 'Whose data.' }) input: ContactDataInput,
    @Ctx() ctx: RequestContext,
  ): Promise<unknown> {
    return exportContactData(ctx, input);
  }

  @Mutation(() => ContactErasure, {
    description:
      'Erases one contact everywhere it is held (right to be forgotten); answers and results stay. ADMIN at the ' +
      'head office; recorded in the audit log.',
  })
  @Allow(Permission.USER_MANAGE)
  eraseContactData(
    @Arg('input', { description: 'Whose data.' }) input: ContactDataInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ContactErasure> {
    return eraseContactData(ctx, input);
  }
}
