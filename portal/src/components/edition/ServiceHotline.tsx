import { useList } from '@refinedev/core';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The current edition's service hotline: data operations edit, not a string in the code. */
export const ServiceHotline = ({ align }: { align?: 'center' }) => {
  const { t } = useTranslation();
  const { result } = useList<{ serviceHotline?: string | null }>({
    resource: 'editions',
    filters: [{ field: 'current', operator: 'eq', value: true }],
    pagination: { mode: 'off' },
    meta: { fields: ['serviceHotline'], auth: false },
    // A missing hotline is not worth an error toast on the login page.
    errorNotification: false,
  });
  const number = result?.data?.[0]?.serviceHotline;
  if (!number) return null;
  return (
    <Typography.Paragraph
      type="secondary"
      style={{ textAlign: align, marginTop: 12 }}
      data-testid="service-hotline"
    >
      {t('app.hotline', { number })}
    </Typography.Paragraph>
  );
};
