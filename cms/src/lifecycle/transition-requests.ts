import { type MachineName, machines, requiresReason } from '@pvis/config';
import { type FieldError, fieldError, invalidFields } from '../errors';

const missingAction = () =>
  fieldError('action', 'missingAction', '请选择要执行的操作', 'Choose an action');

/** The body of `POST /<plural>/:id/transitions` `{ action, reason? }`, or a 400 without an action. */
export function parseTransitionRequest(data: Record<string, unknown>) {
  if (typeof data.action !== 'string' || !data.action) throw invalidFields([missingAction()]);
  return {
    action: data.action,
    reason: typeof data.reason === 'string' ? data.reason : undefined,
  };
}

/**
 * The body of `POST /<plural>/bulk-transitions` `{ documentIds, action, reason? }`, or a 400
 * naming every missing part (a reason where the machine asks for one).
 */
export function parseBulkRequest(data: Record<string, unknown>, machine: MachineName) {
  const documentIds = Array.isArray(data.documentIds)
    ? data.documentIds.filter((id): id is string => typeof id === 'string')
    : [];
  const reason = typeof data.reason === 'string' ? data.reason.trim() : undefined;
  const problems: FieldError[] = [];
  if (documentIds.length === 0)
    problems.push(
      fieldError('documentIds', 'required', '请选择要处理的记录', 'Select the records'),
    );
  if (typeof data.action !== 'string' || !data.action) problems.push(missingAction());
  else if (requiresReason(machines[machine], data.action) && !reason)
    problems.push(fieldError('reason', 'reasonRequired', '请填写原因', 'A reason is required'));
  if (problems.length > 0) throw invalidFields(problems);
  return { documentIds, action: String(data.action), reason: reason || undefined };
}
