import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Descriptions keyed by schema coordinate: `Type`, `Type.field`, `Type.field(arg)` or `Enum.VALUE`.
 * Each module keeps the descriptions of its own types and root fields in `<module>.docs.ts`; a
 * description given in a decorator wins, the map fills the rest.
 */
export type SchemaDocs = Record<string, string>;

function describeMember(type: GraphQLNamedType, member: string, arg: string | undefined, text: string): boolean {
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    if (!field) return false;
    if (arg === undefined) {
      field.description ||= text;
      return true;
    }
    const argument = field.args.find((a) => a.name === arg);
    if (argument) argument.description ||= text;
    return Boolean(argument);
  }
  if (isInputObjectType(type)) {
    const field = type.getFields()[member];
    if (field && arg === undefined) field.description ||= text;
    return Boolean(field) && arg === undefined;
  }
  if (isEnumType(type)) {
    const value = type.getValue(member);
    if (value && arg === undefined) value.description ||= text;
    return Boolean(value) && arg === undefined;
  }
  return false;
}

/**
 * Adds the descriptions of `docs` to the schema. A coordinate that names nothing stops the
 * schema from building, so a renamed field cannot leave its description behind unnoticed.
 */
export function describeSchema(schema: GraphQLSchema, ...docs: SchemaDocs[]): GraphQLSchema {
  for (const [coordinate, text] of docs.flatMap((d) => Object.entries(d))) {
    const match = /^(\w+)(?:\.(\w+)(?:\((\w+)\))?)?$/.exec(coordinate);
    const type = match ? schema.getType(match[1]!) : undefined;
    if (!match || !type) throw new Error(`schema docs: ${coordinate} names no type`);
    if (match[2] === undefined) {
      type.description ||= text;
    } else if (!describeMember(type, match[2], match[3], text)) {
      throw new Error(`schema docs: ${coordinate} names nothing in the schema`);
    }
  }
  return schema;
}
