import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  isUnionType,
  isScalarType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../server/app/schema.js';

/** Every element of the schema a consumer reads, with whether it carries a description. */
export function describedElements(schema: GraphQLSchema): { path: string; described: boolean }[] {
  const out: { path: string; described: boolean }[] = [];
  const add = (path: string, description: string | null | undefined) =>
    out.push({ path, described: Boolean(description?.trim()) });
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    add(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        add(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) add(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) add(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) add(`${type.name}.${value.name}`, value.description);
    } else if (!isUnionType(type) && !isScalarType(type)) {
      throw new Error(`unexpected type kind: ${String(type)}`);
    }
  }
  return out;
}

describe('schema descriptions', () => {
  it('describes every type, field, argument, enum value and input field', async () => {
    const elements = describedElements(await createSchema());
    const missing = elements.filter((e) => !e.described).map((e) => e.path);
    const share = ((100 * (elements.length - missing.length)) / elements.length).toFixed(1);
    expect(
      missing,
      `${share}% of ${elements.length} schema elements described; missing:\n${missing.join('\n')}`,
    ).toEqual([]);
  });
});
