import {
  organizationFieldLimits as limits,
  organizationWizardRules,
  visitPurposes,
} from '@pvis/config';
import { Checkbox, Col, Form, Input, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { InterestsTreeSelect } from '../../../components/organization/InterestsTreeSelect';
import { isDomesticCategory } from '../../../components/organization/labels';
import type { Organization } from '../../../components/organization/types';
import { useSchemaField } from '../../../components/schema-rules';

/**
 * 单位信息: address, contact, visit purposes, interests, intended imports and the privacy
 * consent. The rules are the cms's (organizationWizardRules); an overseas organization also
 * gives its country or region and may give an international mobile.
 */
export const DetailsStep = ({ organization }: { organization: Organization }) => {
  const { t, i18n } = useTranslation();
  const field = useSchemaField();
  const domestic = isDomesticCategory(organization.category);
  const rules = organizationWizardRules(domestic);
  return (
    <>
      <Row gutter={16}>
        {!domestic && (
          <Col xs={24} md={12}>
            <Form.Item
              label={t('organizationForm.countryOrRegion')}
              name="countryOrRegion"
              {...field(rules.countryOrRegion)}
            >
              <Input maxLength={limits.countryOrRegion} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24}>
          <Form.Item label={t('organizationForm.address')} name="address" {...field(rules.address)}>
            <Input data-testid="address-input" maxLength={limits.address} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('organizationForm.contactName')}
            name="contactName"
            {...field(rules.contactName)}
          >
            <Input data-testid="contact-name-input" maxLength={limits.contactName} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('organizationForm.contactMobile')}
            name="contactMobile"
            extra={domestic ? undefined : t('organizationForm.contactMobileOverseasHint')}
            {...field(rules.contactMobile)}
          >
            <Input inputMode="tel" data-testid="contact-mobile-input" maxLength={24} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('organizationForm.contactEmail')}
            name="contactEmail"
            {...field(rules.contactEmail)}
          >
            <Input
              inputMode="email"
              data-testid="contact-email-input"
              maxLength={limits.contactEmail}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('organizationForm.contactPhone')}
            name="contactPhone"
            {...field(rules.contactPhone)}
          >
            <Input inputMode="tel" maxLength={limits.contactPhone} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t('organizationForm.visitPurposes')}
        name="visitPurposes"
        {...field(rules.visitPurposes)}
      >
        <Checkbox.Group
          data-testid="visit-purposes"
          options={visitPurposes.map((p) => ({
            value: p.code,
            label: i18n.language === 'en' ? p.en : p.zh,
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('organizationForm.interests')}
        name="interests"
        extra={t('organizationForm.interestsHint')}
        {...field(rules.interests)}
      >
        <InterestsTreeSelect />
      </Form.Item>
      <Form.Item
        label={t('organizationForm.intendedImports')}
        name="intendedImports"
        extra={t('organizationForm.intendedImportsHint')}
        {...field(rules.intendedImports)}
      >
        <Input.TextArea
          rows={3}
          maxLength={limits.intendedImports}
          showCount
          data-testid="intended-imports"
        />
      </Form.Item>
      <Form.Item
        label={t('organizationForm.publishIntendedImports')}
        name="publishIntendedImports"
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      <Form.Item
        name="consent"
        valuePropName="checked"
        rules={[
          {
            validator: (_r, value) =>
              value
                ? Promise.resolve()
                : Promise.reject(new Error(t('organizationForm.consentRequired'))),
          },
        ]}
      >
        <Checkbox data-testid="consent-checkbox">{t('organizationForm.consentLabel')}</Checkbox>
      </Form.Item>
    </>
  );
};
