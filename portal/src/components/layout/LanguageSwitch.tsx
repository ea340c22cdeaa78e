import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../../providers/i18n';

/** 中文 / English switch; the choice is kept in localStorage `pvis.locale`. */
export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('lang.label')}
      data-testid="language-switch"
      size="small"
      value={i18n.language as Language}
      options={LANGUAGES.map((language) => ({ value: language, label: t(`lang.${language}`) }))}
      onChange={(language) => {
        void changeLanguage(language);
      }}
    />
  );
};
