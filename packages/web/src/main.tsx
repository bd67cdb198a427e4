/** Entry: providers (language, antd locale and theme, session) around the routed app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { I18nProvider, useI18n } from './i18n';
import { SessionProvider } from './session';
import { App } from './App';
import './styles.css';

function Themed() {
  const { lang } = useI18n();
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider
      locale={lang === 'zh' ? zhCN : enUS}
      theme={{
        token: {
          colorPrimary: '#b4282d',
          borderRadius: 4,
          // Secondary text, placeholders and links dark enough for WCAG AA contrast (4.5:1) on white and grey.
          colorTextDescription: '#595959',
          colorTextTertiary: '#595959',
          colorTextQuaternary: '#6b6b6b',
          colorTextPlaceholder: '#6b6b6b',
          colorLink: '#0b57c5',
          colorError: '#c41d1d',
          fontFamily:
            '-apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Helvetica Neue", Arial, sans-serif',
        },
      }}
    >
      <AntApp>
        <SessionProvider>
          <App />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <Themed />
    </I18nProvider>
  </StrictMode>,
);
