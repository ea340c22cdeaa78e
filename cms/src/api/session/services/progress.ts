/**
 * The liaison's progress flow (进度流程图): six steps whose state follows from the organization's
 * review status and how many of its persons stand in each person status. Pure, so it is tested
 * without a server.
 */
export type StepKey =
  | 'organization'
  | 'persons'
  | 'payment'
  | 'personReview'
  | 'production'
  | 'issuance';
export type StepState = 'wait' | 'process' | 'finish' | 'error';
export interface Step {
  key: StepKey;
  state: StepState;
  count?: number;
}

export type PersonCounts = Partial<Record<string, number>>;

const sum = (counts: PersonCounts, statuses: string[]) =>
  statuses.reduce((total, status) => total + (counts[status] ?? 0), 0);

export function progressSteps(reviewStatus: string | null, counts: PersonCounts): Step[] {
  const persons = sum(
    counts,
    Object.keys(counts).filter((s) => s !== 'declined'),
  );
  const unpaid = sum(counts, ['draft', 'toConfirm', 'pendingPayment', 'inOrder']);
  const inReview = sum(counts, ['pendingReview']);
  const rejected = sum(counts, ['rejected']);
  const approved = sum(counts, ['approved']);
  const producing = sum(counts, ['inProduction']);
  const issued = sum(counts, ['issued']);
  const pastPayment = inReview + rejected + approved + producing + issued;
  const pastReview = approved + producing + issued;

  const organization: StepState =
    reviewStatus === 'approved' ? 'finish' : reviewStatus === 'rejected' ? 'error' : 'process';
  const submitted = reviewStatus === 'submitted' || reviewStatus === 'approved';
  const stage = (done: boolean, started: boolean, ready: boolean): StepState =>
    done ? 'finish' : started ? 'process' : ready ? 'process' : 'wait';

  return [
    { key: 'organization', state: organization },
    {
      key: 'persons',
      state: !submitted ? 'wait' : persons > 0 ? 'finish' : 'process',
      count: persons,
    },
    {
      key: 'payment',
      state:
        reviewStatus !== 'approved' || persons === 0
          ? 'wait'
          : stage(unpaid === 0, pastPayment > 0, true),
      count: unpaid,
    },
    {
      key: 'personReview',
      state:
        rejected > 0 ? 'error' : pastPayment === 0 ? 'wait' : stage(inReview === 0, true, false),
      count: inReview,
    },
    {
      key: 'production',
      state: pastReview === 0 ? 'wait' : stage(approved === 0 && producing === 0, true, false),
      count: producing,
    },
    {
      key: 'issuance',
      state: issued === 0 ? 'wait' : issued === persons ? 'finish' : 'process',
      count: issued,
    },
  ];
}
