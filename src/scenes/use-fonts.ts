import { useEffect, useState } from 'react';
import { cancelRender, continueRender, delayRender } from 'remotion';
import { loadFonts } from '../theme/fonts';

/** False until the shipped fonts are loaded; the frame is not captured before that. */
export function useFontsLoaded(): boolean {
  const [loaded, setLoaded] = useState(false);
  const [handle] = useState(() => delayRender('Loading the shipped fonts'));
  useEffect(() => {
    loadFonts()
      .then(() => {
        setLoaded(true);
        continueRender(handle);
      })
      .catch((error: unknown) => cancelRender(error));
  }, [handle]);
  return loaded;
}
