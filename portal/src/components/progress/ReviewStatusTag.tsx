import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  pending: 'processing',
  pendingReview: 'processing',
  approved: 'success',
  autoApproved: 'success',
  rejected: 'error',
};

/** The organization's review status as the server names it, labelled in the UI language. */
export const ReviewStatusTag = ({ status }: { status: string }) => {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status] ?? 'default'} data-testid="review-status">
      {t(`reviewStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
};
