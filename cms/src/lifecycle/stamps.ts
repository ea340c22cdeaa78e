/**
 * Fields a transition sets besides the state, by action name: when it was submitted or
 * reviewed, and the rejection reason the liaison sees. Only fields the record has are kept.
 */
export function stampsFor(
  action: string,
  reason: string | undefined,
  attributes: Record<string, unknown>,
) {
  const now = new Date().toISOString();
  const stamps: Record<string, unknown> = {};
  if (action === 'submit') stamps.submittedAt = now;
  if (['approve', 'autoApprove', 'reject'].includes(action)) stamps.reviewedAt = now;
  // The liaison's reason for declining a colleague, shown to the colleague (optional).
  if (['reject', 'decline'].includes(action)) stamps.rejectionReason = reason ?? null;
  if (['approve', 'autoApprove', 'submit'].includes(action)) stamps.rejectionReason = null;
  return Object.fromEntries(Object.entries(stamps).filter(([field]) => field in attributes));
}
