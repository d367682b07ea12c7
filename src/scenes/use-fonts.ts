import { useEffect, useState } from 'react';
import { cancelRender, continueRender, delayRender } from 'remotion';
import { loadFonts } from '../theme/fonts';

/**
 * False until the shipped fonts that `text` needs are loaded; no frame is captured before
 * that. When the text changes (an edit in Studio), the new faces load behind a new hold.
 */
export function useFontsLoaded(text: string): boolean {
  const [loadedText, setLoadedText] = useState<string | null>(null);
  useEffect(() => {
    const handle = delayRender('Loading the shipped fonts');
    let current = true;
    loadFonts(text)
      .then(() => {
        if (current) setLoadedText(text);
        continueRender(handle);
      })
      .catch((error: unknown) => cancelRender(error));
    return () => {
      current = false;
    };
  }, [text]);
  return loadedText !== null;
}
