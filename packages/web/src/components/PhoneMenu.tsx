/** The navigation folded into a drawer on phones, with logout at hand. */
import type { ReactNode } from 'react';
import { Button, Drawer } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n';

/** The open drawer; closing or following a link closes it. */
export function PhoneMenu({ title, children, onClose, onLogout }: { title: string; children: ReactNode; onClose(): void; onLogout(): void }) {
  const { t } = useI18n();
  return (
    <Drawer open onClose={onClose} placement="right" size={260} title={title} data-testid="menu-drawer">
      <nav className="jx-drawer-nav" onClick={onClose}>
        {children}
      </nav>
      <Button block icon={<LogoutOutlined />} onClick={onLogout} data-testid="drawer-logout" style={{ marginTop: 16 }}>
        {t('logout')}
      </Button>
    </Drawer>
  );
}
