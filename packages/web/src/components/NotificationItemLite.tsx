/** A notification in the header's list: action, form, reason, who and when. */
import { List } from 'antd';
import { useI18n } from '../i18n';
import type { Notification } from '../api/notifications';
import { Link } from '../router';
import { ACTION_KEYS, timeText } from '../editor/labels';

/** One line of the bell's list. */
export function NotificationItemLite({ n, unread }: { n: Notification; unread: boolean }) {
  const { t } = useI18n();
  return (
    <List.Item className={unread ? 'jx-unread' : ''} data-testid="bell-item">
      <div>
        <b>{t(ACTION_KEYS[n.action] ?? 'save')}</b>　<Link to={`/forms/${n.formId}`}>{n.projectName || '—'}</Link>
        {n.comment && <div className="jx-muted">{n.comment}</div>}
        <div className="jx-muted">
          {n.by ?? ''} · {timeText(n.at)}
        </div>
      </div>
    </List.Item>
  );
}
