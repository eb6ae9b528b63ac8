import { Link } from 'react-router-dom';
import { Button, Result } from 'antd';
import { useI18n } from '../i18n/i18n.tsx';
import { HOME_PATH } from '../layout/nav.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.subtitle')}
      extra={
        <Link to={HOME_PATH}>
          <Button type="primary">{t('notFound.home')}</Button>
        </Link>
      }
    />
  );
}
