/** Entry point: styles, language, and the app mounted into `#app`. */
import 'prosemirror-view/style/prosemirror.css';
import './styles.css';
import './entity-colors.css';
import './amendments.css';
import './versions.css';
import './comments.css';
import './attribution.css';
import './notifications.css';
import './rounds.css';
import './advice.css';
import { render } from 'preact';
import { App } from './App.js';
import { syncDocumentLanguage } from './i18n.js';

syncDocumentLanguage();
const root = document.getElementById('app');
if (root === null) throw new Error('index.html has no #app element');
render(<App />, root);
