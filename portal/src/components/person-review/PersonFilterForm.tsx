import { personSources, personStatusLabels, regionTypes } from '@pvis/config';
import { Col, Form, type FormInstance, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterButtons } from '../review/FilterButtons';
import type { PersonSearch } from './filters';

const options = (
  vocabulary: readonly { code: string; zh: string; en: string }[],
  language: string,
) => vocabulary.map((v) => ({ value: v.code, label: language === 'en' ? v.en : v.zh }));

/** The search form of the person lists: status, region type, name, ID number, organization, reuse, source. */
export const PersonFilterForm = ({
  form,
  initialStatus,
  onSearch,
}: {
  form: FormInstance<PersonSearch>;
  initialStatus: string[];
  onSearch: (values: PersonSearch) => void;
}) => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Form<PersonSearch>
      form={form}
      onFinish={onSearch}
      layout="vertical"
      initialValues={{ status: initialStatus }}
      data-testid="person-filters"
    >
      <Row gutter={[12, 0]}>
        <Col xs={12} lg={6}>
          <Form.Item label={t('personReview.status')} name="status">
            <Select
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              options={options(personStatusLabels, lang)}
              data-testid="filter-status"
            />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item label={t('personReview.regionType')} name="regionType">
            <Select
              allowClear
              options={options(regionTypes, lang)}
              placeholder={t('personReview.all')}
            />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item label={t('personReview.name')} name="name">
            <Input allowClear data-testid="filter-name" />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item
            label={t('personReview.idNumber')}
            name="idNumber"
            tooltip={t('personReview.idNumberHint')}
          >
            <Input allowClear data-testid="filter-id-number" />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item label={t('personReview.organization')} name="organizationName">
            <Input allowClear data-testid="filter-organization" />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item label={t('personReview.badgeReuse')} name="badgeReuse">
            <Select
              allowClear
              placeholder={t('personReview.all')}
              options={[
                { value: 'yes', label: t('personReview.reuseYes') },
                { value: 'no', label: t('personReview.reuseNo') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item label={t('personReview.source')} name="source">
            <Select
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              placeholder={t('personReview.all')}
              options={options(personSources, lang)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={6} style={{ display: 'flex', alignItems: 'flex-end' }}>
          <FilterButtons form={form} />
        </Col>
      </Row>
    </Form>
  );
};
