import { Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../providers/http';

let hotline: Promise<string | null> | null = null;

/** The current edition's hotline, asked once per page load (the signed-out pages carry no data layer). */
const currentHotline = (): Promise<string | null> => {
  hotline ??= request<{ data?: { serviceHotline?: string | null }[] }>(
    '/api/editions?filters[current][$eq]=true&fields[0]=serviceHotline',
    { auth: false },
  ).then(
    (body) => body?.data?.[0]?.serviceHotline || null,
    () => {
      // A missing hotline is not worth an error on the login page; the next page asks again.
      hotline = null;
      return null;
    },
  );
  return hotline;
};

/** The current edition's service hotline: data operations edit, not a string in the code. */
export const ServiceHotline = ({ align }: { align?: 'center' }) => {
  const { t } = useTranslation();
  const [number, setNumber] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void currentHotline().then((value) => live && setNumber(value));
    return () => {
      live = false;
    };
  }, []);
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
