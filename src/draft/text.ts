/** Text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export const fitText = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);
