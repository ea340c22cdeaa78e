import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  pending: 'processing',
  confirmed: 'success',
  rejected: 'error',
};

/** 待财务确认 / 已确认到账 / 已驳回 of a remittance. */
export const DecisionTag = ({ decision }: { decision: string }) => {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[decision]} data-testid="remittance-decision">
      {t(`transfers.decision.${decision}`)}
    </Tag>
  );
};
