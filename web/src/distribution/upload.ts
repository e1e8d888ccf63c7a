/** How the invitation form reads what was pasted or loaded: a CSV with a header line, or one contact per line. */
import type { InviteRespondentsInput } from '../gql/graphql.js';

const HEADER = /(^|[,;\t"\s])(contact|e-?mail|phone)([,;\t"\s]|$)/i;

/** A first line naming a contact column makes it a CSV; anything else is a list of contacts. */
export function isCsv(text: string): boolean {
  const first = text.split(/\r?\n/).find((line) => line.trim()) ?? '';
  return HEADER.test(first.trim());
}

/**
 * The input of `inviteRespondents`. For a plain list, blank lines are kept out but the line numbers
 * the server reports must still match what the user sees: rows are numbered from 1 in the order given,
 * so blank lines are only dropped at the end.
 */
export function invitationInput(distributionId: string, text: string): InviteRespondentsInput {
  if (isCsv(text)) return { distributionId, csv: text };
  const lines = text.replace(/\s+$/, '').split(/\r?\n/);
  return { distributionId, respondents: lines.map((line) => ({ contact: line.trim() })) };
}
