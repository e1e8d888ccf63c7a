import { badInput } from '../graphql/errors.js';
import { passwordProblem } from '../password-policy.js';

/** The password when it meets the policy; otherwise BAD_USER_INPUT on `field` saying why. */
export function checkPassword(password: string, field = 'password'): string {
  const problem = passwordProblem(password);
  if (problem) throw badInput(problem, { field });
  return password;
}
