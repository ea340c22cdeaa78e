import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRange } from '../beijing-time';
import type { ActivityItem } from './types';

/** Venue, time, capacity and sign-up deadline of an activity. */
export const ActivityFacts = ({ activity }: { activity: ActivityItem }) => {
  const { t } = useTranslation();
  return (
    <Descriptions column={{ xs: 1, sm: 2 }} size="small">
      {activity.venue && (
        <Descriptions.Item label={t('services.venue')}>{activity.venue}</Descriptions.Item>
      )}
      {activity.startsAt && (
        <Descriptions.Item label={t('services.time')}>
          {formatRange(activity.startsAt, activity.endsAt)}
        </Descriptions.Item>
      )}
      {activity.capacity != null && (
        <Descriptions.Item label={t('services.capacity')}>
          {t('services.capacityValue', { count: activity.capacity })}
        </Descriptions.Item>
      )}
      {activity.signUpDeadline && (
        <Descriptions.Item label={t('services.deadline')}>
          {formatDateTime(activity.signUpDeadline)}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
};
