import { organizationWizardRules, personFormRules } from '@pvis/config';
import type { RuleObject } from 'antd/es/form';
import { describe, expect, it } from 'vitest';
import { schemaField } from './schema-rules';

/** Runs the one rule schemaField gives, as antd would: the message it rejects with, or null. */
const messageFor = async (props: ReturnType<typeof schemaField>, value: unknown) => {
  const rule = props.rules?.[0] as RuleObject;
  try {
    await rule.validator?.(rule, value, () => {});
    return null;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('schemaField (schema → antd rule)', () => {
  it("rejects with the schema's message in the UI language", async () => {
    const mobile = organizationWizardRules(true).contactMobile;
    expect(await messageFor(schemaField(mobile, 'zh-CN'), '+447911123456')).toBe(
      '手机号码格式不正确',
    );
    expect(await messageFor(schemaField(mobile, 'en'), '+447911123456')).toBe(
      'Invalid mobile number',
    );
    expect(await messageFor(schemaField(mobile, 'en'), '')).toBe('Contact mobile is required');
  });

  it('accepts what the cms accepts, as typed (an overseas number with spaces)', async () => {
    const mobile = organizationWizardRules(false).contactMobile;
    expect(await messageFor(schemaField(mobile, 'zh-CN'), '+44 20 7946 0958')).toBeNull();
  });

  it('marks a field required only when the schema refuses a blank', () => {
    const rules = personFormRules('foreign');
    expect(schemaField(rules.name, 'en').required).toBe(true);
    expect(schemaField(rules.mobile, 'en').required).toBe(false);
  });
});
