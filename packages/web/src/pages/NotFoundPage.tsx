/** An address the app does not know: say so, and offer the way back (never an endless spinner). */
import { Button, Result } from 'antd';
import { useI18n } from '../i18n';
import { navigate } from '../router';

/** The not-found page. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('notFound')}
      extra={
        <Button type="primary" onClick={() => navigate('/forms')} data-testid="not-found-home">
          {t('backToList')}
        </Button>
      }
      data-testid="not-found"
    />
  );
}
