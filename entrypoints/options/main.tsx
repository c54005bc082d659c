import '../../components/theme.css';
import { Options } from '../../components/Options';
import { browserHost } from '../../components/browserHost';
import { startPage } from '../../components/startPage';

startPage(document.getElementById('app')!, (store) => <Options store={store} host={browserHost} />);
