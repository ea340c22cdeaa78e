import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';

/** The step bar: 填写参观人员 → 交易团提交 → 人员信息审核 → 证件制作 → 证件发放. */
const STEP_OF_STATUS: Record<string, number> = {
  draft: 0,
  toConfirm: 0,
  declined: 0,
  pendingPayment: 1,
  inOrder: 1,
  pendingReview: 2,
  rejected: 2,
  approved: 3,
  inProduction: 3,
  issued: 4,
};
const STEPS = ['fill', 'submit', 'review', 'production', 'issuance'] as const;

/** Where the organization's persons are: the furthest step any of them has reached. */
export const stepOfStatuses = (counts: Record<string, number>): number =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .reduce((step, [status]) => Math.max(step, STEP_OF_STATUS[status] ?? 0), 0);

export const PersonSteps = ({ counts }: { counts: Record<string, number> }) => {
  const { t } = useTranslation();
  return (
    <Steps
      size="small"
      current={stepOfStatuses(counts)}
      items={STEPS.map((key) => ({ title: t(`persons.steps.${key}`) }))}
      data-testid="person-steps"
    />
  );
};
