import { personStatusLabels } from '@pvis/config';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../organization/labels';

const COLORS: Record<string, string> = {
  draft: 'default',
  toConfirm: 'warning',
  declined: 'default',
  pendingPayment: 'gold',
  inOrder: 'cyan',
  pendingReview: 'processing',
  approved: 'success',
  rejected: 'error',
  inProduction: 'purple',
  issued: 'green',
};

/** A person's status (`personStatus`) as the server names it, labelled from config/. */
export const PersonStatusTag = ({ status }: { status: string }) => {
  const { i18n } = useTranslation();
  return (
    <Tag color={COLORS[status] ?? 'default'} data-testid="person-status">
      {labelOf(personStatusLabels, status, i18n.language)}
    </Tag>
  );
};
