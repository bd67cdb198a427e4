/** 待办: what waits for me, by kind, with counts and the forms themselves; and what happened to my forms. */
import { useEffect, useState } from 'react';
import { Badge, Card, Col, Empty, List, Row, Tag } from 'antd';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import * as api from '../api';
import type { ListItem } from '../api/types';
import type { Notification } from '../api/notifications';
import { Link } from '../router';
import { TODO_BY_ROLE } from '../components/todo';
import { useTodo } from '../components/useTodo';
import { ACTION_KEYS, timeText } from '../editor/labels';
import { STATUS_COLOR } from '../editor/WorkflowBar';
import { Due as DueTasks } from '../cycle/CyclePage';

/** The 待办 route /todo. */
export default function TodoPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const { counts } = useTodo();
  const [forms, setForms] = useState<Record<string, ListItem[]>>({});
  const [notes, setNotes] = useState<Notification[] | null>(null);
  const cats = user ? TODO_BY_ROLE[user.role] : [];
  useEffect(() => {
    const ctl = new AbortController();
    for (const c of cats) void api.listForms({ status: c.status, pageSize: 10 }, ctl.signal).then((r) => r.ok && setForms((f) => ({ ...f, [c.status]: r.value.items })));
    void api.listNotifications(ctl.signal).then((r) => r.ok && setNotes(r.value));
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user]);
  return (
    <div className="jx-todo" data-testid="todo">
      <h2>{t('navTodo')}</h2>
      <Row gutter={[16, 16]}>
        {cats.map((c) => (
          <Col xs={24} md={12} key={c.status}>
            <Card
              size="small"
              title={
                <span>
                  {t(c.label)} <Badge count={counts[c.status] ?? 0} showZero color={counts[c.status] ? '#b4282d' : '#bbb'} data-testid={`todo-count-${c.status}`} />
                </span>
              }
              extra={<Link to={`/forms?status=${c.status}`}>{t('viewAll')}</Link>}
              data-testid={`todo-${c.status}`}
            >
              {(forms[c.status] ?? []).length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('todoNone')} />
              ) : (
                <List size="small" dataSource={forms[c.status]} renderItem={(f) => <List.Item><Link to={`/forms/${f.id}`}>{f.projectName || '—'}</Link><span className="jx-muted">{f.year} · {f.implementer || f.orgName}</span></List.Item>} />
              )}
            </Card>
          </Col>
        ))}
        {user?.role === 'unit_editor' && (
          <Col xs={24}>
            {/* The stages finance opened for this unit (issue 14), overdue first. */}
            <DueTasks />
          </Col>
        )}
        <Col xs={24}>
          <Card size="small" title={t('notifications')} data-testid="notifications">
            {notes && notes.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noNotifications')} />
            ) : (
              <List size="small" loading={notes === null} dataSource={notes ?? []} renderItem={(n) => <NotificationItem n={n} />} />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}

/** One notification: who did what to which form, when, and why. */
export function NotificationItem({ n }: { n: Notification }) {
  const { t } = useI18n();
  return (
    <List.Item className="jx-notification" data-testid="notification">
      <div>
        <Tag color={STATUS_COLOR[n.status]}>{t(ACTION_KEYS[n.action] ?? 'save')}</Tag>
        <Link to={`/forms/${n.formId}`}>{n.projectName || '—'}</Link>
        {n.comment && <div className="jx-muted">{n.comment}</div>}
      </div>
      <span className="jx-muted">
        {n.by ?? ''} · {timeText(n.at)}
      </span>
    </List.Item>
  );
}
