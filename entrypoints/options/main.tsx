import '../../components/page.css';
import './options.css';
import { render } from 'preact';
import { OptionsApp } from './OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
