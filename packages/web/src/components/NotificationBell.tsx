/** The header's bell: notifications about my forms, unread ones counted since I last opened it. */
import { useEffect, useState } from 'react';
import { Badge, Button, List, Popover } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { useLocation } from '../router';
import * as api from '../api';
import type { Notification } from '../api/notifications';
import { NotificationItemLite } from './NotificationItemLite';

const seenKey = (userId: string | number) => `jx_seen_${userId}`;

/** The bell with its unread count and the list. */
export function NotificationBell() {
  const { t } = useI18n();
  const { user, mustChangePassword } = useSession();
  const { path } = useLocation();
  const [items, setItems] = useState<Notification[]>([]);
  const [seen, setSeen] = useState<string>('');
  useEffect(() => {
    if (!user || mustChangePassword) return;
    setSeen(localStorage.getItem(seenKey(user.id)) ?? '');
    const ctl = new AbortController();
    void api.listNotifications(ctl.signal).then((r) => r.ok && setItems(r.value));
    return () => ctl.abort();
  }, [user, mustChangePassword, path]);
  if (!user) return null;
  const unread = items.filter((n) => n.at > seen).length;
  const open = (on: boolean) => {
    if (!on || !items.length) return;
    // Opening the list reads it: what is shown now is no longer new.
    const newest = items[0].at;
    localStorage.setItem(seenKey(user.id), newest);
    setTimeout(() => setSeen(newest), 1500);
  };
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      onOpenChange={open}
      title={t('notifications')}
      content={<List size="small" style={{ width: 340, maxHeight: 400, overflow: 'auto' }} dataSource={items.slice(0, 10)} locale={{ emptyText: t('noNotifications') }} renderItem={(n) => <NotificationItemLite n={n} unread={n.at > seen} />} />}
    >
      <Badge count={unread} size="small" data-testid="notification-count">
        <Button type="text" className="jx-bell" icon={<BellOutlined />} aria-label={unread ? `${t('notifications')}：${t('notificationsUnread', { n: unread })}` : t('notifications')} data-testid="notification-bell" />
      </Badge>
    </Popover>
  );
}
