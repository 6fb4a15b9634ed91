import '@/components/panel.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { WelcomePage } from '@/components/WelcomePage';
import { demoUrlFrom } from '@/lib/panel/welcome';

const params = new URLSearchParams(location.search);
render(
  <WelcomePage
    firefox={import.meta.env.FIREFOX}
    demoUrl={demoUrlFrom(params.get('demo'))}
    onOptions={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById('app')!,
);
