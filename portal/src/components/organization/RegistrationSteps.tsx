import { Grid, Progress, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The six steps of 单位信息登记, shared by /register and /visitor/organization. */
export const REGISTRATION_STEPS = [
  'delegation',
  'mobile',
  'account',
  'licence',
  'details',
  'preview',
] as const;
export type RegistrationStep = (typeof REGISTRATION_STEPS)[number];

/**
 * The wizard's step bar; on a phone a compact "step n of 6" with a segmented progress.
 * `onJump` makes earlier steps (from `firstJumpable`) clickable.
 */
export const RegistrationSteps = ({
  current,
  onJump,
  firstJumpable = 0,
}: {
  current: number;
  onJump?: (index: number) => void;
  firstJumpable?: number;
}) => {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const total = REGISTRATION_STEPS.length;
  if (!screens.md) {
    return (
      <div data-testid="wizard-steps" data-current={current} style={{ marginBottom: 16 }}>
        <Typography.Text strong>
          {t('registration.stepOf', { current: current + 1, total })} ·{' '}
          {t(`registration.steps.${REGISTRATION_STEPS[current]}`)}
        </Typography.Text>
        <Progress
          percent={Math.round(((current + 1) / total) * 100)}
          steps={total}
          showInfo={false}
          size={[40, 6]}
          style={{ display: 'block', marginTop: 6 }}
        />
      </div>
    );
  }
  return (
    <Steps
      data-testid="wizard-steps"
      data-current={current}
      size="small"
      current={current}
      onChange={
        onJump ? (index) => index >= firstJumpable && index < current && onJump(index) : undefined
      }
      style={{ marginBottom: 24 }}
      items={REGISTRATION_STEPS.map((key, index) => ({
        key,
        title: t(`registration.steps.${key}`),
        disabled: !onJump || index < firstJumpable || index >= current,
      }))}
    />
  );
};
