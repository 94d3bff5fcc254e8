import '../../components/page.css';
import '../../components/reference.css';
import { render } from 'preact';
import { GlossaryApp } from './GlossaryApp';

render(<GlossaryApp />, document.getElementById('app')!);
