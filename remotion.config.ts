// Settings for Remotion Studio and the Remotion CLI. The news60 CLI passes the same
// choices to @remotion/renderer itself (src/render/), so both paths render alike.
import { Config } from '@remotion/cli/config';

Config.setPublicDir('assets');
Config.setVideoImageFormat('jpeg');
Config.setPixelFormat('yuv420p');
Config.setCodec('h264');
Config.setChromeMode('chrome-for-testing');
if (process.env.NEWS60_BROWSER) {
  Config.setBrowserExecutable(process.env.NEWS60_BROWSER);
}
