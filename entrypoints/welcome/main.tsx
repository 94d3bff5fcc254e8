import '../../components/page.css';
import '../../components/tooltip.css';
import { render } from 'preact';
import { WelcomeApp } from './WelcomeApp';

render(<WelcomeApp />, document.getElementById('app')!);
