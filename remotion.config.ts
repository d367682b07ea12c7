// Settings for Remotion Studio and the Remotion CLI. The news60 CLI passes the same choices
// to @remotion/renderer itself (src/render/), so both paths render alike and work offline.
import { Config } from '@remotion/cli/config';
import { chooseBrowser } from './src/render/browser';

Config.setPublicDir('assets');
Config.setVideoImageFormat('jpeg');
Config.setPixelFormat('yuv420p');
Config.setColorSpace('bt709');
Config.setCodec('h264');

// NEWS60_BROWSER, then the system Chromium; without either, Remotion fetches its own.
const browser = chooseBrowser(undefined);
if (browser.executable) {
  Config.setBrowserExecutable(browser.executable);
  Config.setChromeMode('chrome-for-testing');
}
