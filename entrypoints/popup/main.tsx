import '../../components/page.css';
import '../../components/reference.css';
import { render } from 'preact';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app')!);
// Read by tests and the benchmark: when the popup's first frame was ready.
requestAnimationFrame(() => performance.mark('termlens:popup-painted'));
