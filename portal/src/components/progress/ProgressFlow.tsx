import { Grid, Steps, type StepsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export type ProgressStepKey =
  | 'organization'
  | 'persons'
  | 'payment'
  | 'personReview'
  | 'production'
  | 'issuance';
export type ProgressState = 'wait' | 'process' | 'finish' | 'error';

export interface ProgressStep {
  key: ProgressStepKey;
  state: ProgressState;
  count?: number;
}

/** Where each step's title leads in the visitor area. */
export const STEP_ROUTES: Record<ProgressStepKey, string> = {
  organization: '/visitor/organization',
  persons: '/visitor/persons',
  payment: '/visitor/orders',
  personReview: '/visitor/persons',
  production: '/visitor/persons',
  issuance: '/visitor/addresses',
};

/**
 * 进度流程图: renders the steps exactly as the server computed them (order and state);
 * no rule lives here.
 */
export const ProgressFlow = ({ steps }: { steps: ProgressStep[] }) => {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const active = steps.findIndex((s) => s.state === 'process' || s.state === 'error');
  const items = steps.map((step) => ({
    key: step.key,
    status: step.state,
    title: <Link to={STEP_ROUTES[step.key] ?? '/visitor'}>{t(`progress.steps.${step.key}`)}</Link>,
    description:
      step.count === undefined
        ? t(`progress.state.${step.state}`)
        : `${t(`progress.state.${step.state}`)} · ${t('progress.count', { count: step.count })}`,
    'data-testid': `progress-step-${step.key}`,
    'data-state': step.state,
  })) as StepsProps['items'];
  return (
    <Steps
      data-testid="progress-flow"
      direction={screens.xl ? 'horizontal' : 'vertical'}
      labelPlacement={screens.xl ? 'vertical' : 'horizontal'}
      current={active === -1 ? steps.length : active}
      items={items}
    />
  );
};
