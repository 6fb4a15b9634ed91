import '@/components/panel.css';
import { render } from 'preact';
import { OptionsPage } from '@/components/OptionsPage';
import { getDb } from '@/lib/store/db';

render(<OptionsPage db={getDb()} />, document.getElementById('app')!);
