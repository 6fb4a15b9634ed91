/**
 * `npm run demo`: serves the demo news site on http://127.0.0.1:8377/ (PORT overrides) until Ctrl-C.
 */
import { startDemoSite } from './server';

const raw = process.env.PORT ?? '8377';
const port = Number(raw);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535; got "${raw}".`);
  process.exit(2);
}

try {
  const site = await startDemoSite({ port });
  console.log(`Parallax demo news site: ${site.url}  (Ctrl-C to stop)`);
  const stop = (signal: string): void => {
    console.log(`\n${signal}: stopping the demo site.`);
    site.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
} catch (err) {
  const code = (err as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${port} is already in use. Stop the other server or run with PORT=<free port> npm run demo.`
      : `Could not start the demo site: ${err instanceof Error ? err.message : String(err)}`,
  );
  process.exit(1);
}
