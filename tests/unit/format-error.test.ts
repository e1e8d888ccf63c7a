import { GraphQLError } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createErrorFormatter } from '../../server/graphql/format-error.js';

const logged: unknown[] = [];
const log = pino({ level: 'error' }, { write: (line: string) => logged.push(JSON.parse(line)) });
const format = createErrorFormatter(log);

describe('error formatting', () => {
  it('hides unexpected errors behind a generic message and logs them in full', () => {
    const error = new GraphQLError('relation "secret_table" does not exist', {
      originalError: new Error('relation "secret_table" does not exist'),
    });
    const out = format({ message: error.message, path: ['orgUnits'] }, error);
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(out.message).not.toContain('secret_table');
    expect(JSON.stringify(logged)).toContain('secret_table');
  });

  it('turns argument validation failures into one readable message', () => {
    const out = format(
      {
        message: 'Argument Validation Error',
        extensions: {
          code: 'BAD_USER_INPUT',
          validationErrors: [{ property: 'email', constraints: { isEmail: 'email must be an e-mail address' } }],
        },
      },
      null,
    );
    expect(out).toMatchObject({
      message: 'Invalid input: email must be an e-mail address.',
      extensions: { code: 'BAD_USER_INPUT', problems: ['email must be an e-mail address'] },
    });
  });

  it('passes errors a person can act on through, without transport details', () => {
    const out = format({ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } }, null);
    expect(out).toEqual({ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } });
  });
});
