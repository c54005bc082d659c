import '../../components/theme.css';
import { Dashboard } from '../../components/Dashboard';
import { browserHost } from '../../components/browserHost';
import { startPage } from '../../components/startPage';

startPage(document.getElementById('app')!, (store) => <Dashboard store={store} host={browserHost} />);
