import { render } from 'preact';

function Options() {
  return <h1>Parallax options</h1>;
}

render(<Options />, document.getElementById('app')!);
