import { genders, idTypes, personSources, personTags, regionTypes } from '@pvis/config';
import { useList } from '@refinedev/core';
import { Descriptions, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../organization/labels';
import { formatTime } from '../organization/OrganizationDescriptions';
import { PaymentStatusTag, PersonStatusTag } from '../person/PersonStatusTag';
import type { Person } from './types';

interface EditionChoice {
  code: string;
  labelZh: string;
  labelEn: string;
}
interface EditionChoices {
  entryDateOptions?: EditionChoice[] | null;
  badgeTypes?: EditionChoice[] | null;
}

/** The entry-date options and badge types are the edition's data (operations edit them). */
const useEditionChoices = (editionNumber: number | undefined) => {
  const { result } = useList<EditionChoices>({
    resource: 'editions',
    filters: [{ field: 'number', operator: 'eq', value: editionNumber }],
    pagination: { mode: 'off' },
    // Components, so populated, not listed in `fields`.
    meta: {
      fields: ['number'],
      populate: {
        entryDateOptions: { fields: ['code', 'labelZh', 'labelEn'] },
        badgeTypes: { fields: ['code', 'labelZh', 'labelEn'] },
      },
    },
    queryOptions: { enabled: editionNumber !== undefined },
    errorNotification: false,
  });
  return result?.data?.[0];
};

const choiceLabel = (
  choices: EditionChoice[] | null | undefined,
  code: string | null | undefined,
  language: string,
) => {
  const choice = choices?.find((c) => c.code === code);
  if (!choice) return code ?? '';
  return language === 'en' ? choice.labelEn : choice.labelZh;
};

/** Every field of a person, read-only (the review record; the whole ID number is shown here). */
export const PersonDescriptions = ({ person }: { person: Person }) => {
  const { t, i18n } = useTranslation();
  const screens = Grid.useBreakpoint();
  const lang = i18n.language;
  const edition = useEditionChoices(person.editionNumber);
  const none = (
    <Typography.Text type="secondary">{t('organizationForm.notFilled')}</Typography.Text>
  );
  const text = (value: string | null | undefined) => (value ? value : none);
  const wide = screens.md ? 2 : 1;
  return (
    <Descriptions
      data-testid="person-descriptions"
      bordered
      size="small"
      column={wide}
      layout={screens.sm ? 'horizontal' : 'vertical'}
      styles={{ label: { width: screens.md ? 130 : undefined } }}
    >
      <Descriptions.Item label={t('personReview.status')}>
        <PersonStatusTag status={person.personStatus} />
      </Descriptions.Item>
      <Descriptions.Item label={t('personReview.paymentStatus')}>
        <PaymentStatusTag status={person.paymentStatus} />
      </Descriptions.Item>
      {person.personStatus === 'rejected' && person.rejectionReason && (
        <Descriptions.Item label={t('organizationForm.rejectionReason')} span={wide}>
          <Typography.Text type="danger" data-testid="rejection-reason-text">
            {person.rejectionReason}
          </Typography.Text>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('personReview.name')}>
        <span data-testid="person-name">{person.name}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('personReview.gender')}>
        {text(labelOf(genders, person.gender, lang))}
      </Descriptions.Item>
      <Descriptions.Item label={t('personReview.organization')} span={wide}>
        {text(person.organization?.name)}
      </Descriptions.Item>
      <Descriptions.Item label={t('personReview.regionType')}>
        {labelOf(regionTypes, person.regionType, lang)}
      </Descriptions.Item>
      <Descriptions.Item label={t('personReview.idType')}>
        {labelOf(idTypes, person.idType, lang)}
      </Descriptions.Item>
      <Descriptions.Item label={t('personReview.idNumber')} span={wide}>
        <Typography.Text copyable data-testid="person-id-number">
          {person.idNumber}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('personReview.personNumber')}>
        {text(person.personNumber)}
      </Descriptions.Item>
      <Descriptions.Item label={t('personReview.source')}>
        {text(labelOf(personSources, person.source, lang))}
      </Descriptions.Item>
      <Descriptions.Item label={t('personReview.position')}>
        {text(person.position)}
      </Descriptions.Item>
      <Descriptions.Item label={t('personReview.personTag')}>
        {text(labelOf(personTags, person.personTag, lang))}
      </Descriptions.Item>
      <Descriptions.Item label={t('personReview.entryDate')}>
        {text(choiceLabel(edition?.entryDateOptions, person.entryDateOption, lang))}
      </Descriptions.Item>
      <Descriptions.Item label={t('personReview.badgeType')}>
        {text(choiceLabel(edition?.badgeTypes, person.badgeType, lang))}
      </Descriptions.Item>
      <Descriptions.Item label={t('personReview.mobile')}>{text(person.mobile)}</Descriptions.Item>
      <Descriptions.Item label={t('personReview.email')}>{text(person.email)}</Descriptions.Item>
      {person.reviewedAt && (
        <Descriptions.Item label={t('organizationForm.reviewedAt')} span={wide}>
          {formatTime(person.reviewedAt)}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
};
