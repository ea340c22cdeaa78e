import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ColleaguesToConfirm } from '../../components/colleagues/ColleaguesToConfirm';

/** `/visitor/colleagues`: the colleagues waiting for the liaison, on their own. */
export const VisitorColleaguesPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <div style={{ textAlign: 'right', marginBottom: 12 }}>
        <Link to="/visitor/invite">
          <Button>{t('colleaguesToConfirm.toInvite')}</Button>
        </Link>
      </div>
      <ColleaguesToConfirm />
    </>
  );
};
