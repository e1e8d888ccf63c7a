import { getNullableType, isListType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../server/app/schema.js';

/**
 * Issue 16: every list a consumer can ask for is a Relay connection or says its bound. A query
 * returning a bare list must name the bound in its description ("at most N", "Bounded…", "Not
 * paged: bounded…"), so a client knows it gets everything and the server never answers unbounded.
 */
describe('query lists', () => {
  it('every query returning a bare list documents its bound', async () => {
    const schema = await createSchema();
    const unbounded = Object.values(schema.getQueryType()!.getFields())
      .filter((f) => isListType(getNullableType(f.type)))
      .filter((f) => !/at most [\d,]+|bounded/i.test(f.description ?? ''))
      .map((f) => f.name);
    expect(unbounded).toEqual([]);
  });
});
