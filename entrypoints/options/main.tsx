import '@/components/panel.css';
import { render } from 'preact';
import { OptionsPage } from '@/components/OptionsPage';
import { getDb } from '@/lib/store/db';

// The in-page popover opens this page with ?enable=<origin> to offer that site.
const suggestedSite = new URLSearchParams(location.search).get('enable');

render(<OptionsPage db={getDb()} suggestedSite={suggestedSite} />, document.getElementById('app')!);
