/**
 * Gives each segment at least its minimum frames and shares the spare frames out in proportion
 * to the minimums (largest remainder), so that the total is exactly `totalFrames`.
 */
export function allocateFrames(minimumFrames: readonly number[], totalFrames: number): number[] {
  const needed = minimumFrames.reduce((total, frames) => total + frames, 0);
  if (needed > totalFrames) {
    // Rounding each minimum up can overshoot by a frame or two where the seconds just fit:
    // take those frames back from the longest segments.
    const result = [...minimumFrames];
    for (let over = needed - totalFrames; over > 0; over--) {
      const longest = result.indexOf(Math.max(...result));
      result[longest]! -= 1;
    }
    return result;
  }
  const spare = totalFrames - needed;
  const shares = minimumFrames.map((frames) => (needed === 0 ? spare / minimumFrames.length : (spare * frames) / needed));
  const result = minimumFrames.map((frames, index) => frames + Math.floor(shares[index]!));
  let left = totalFrames - result.reduce((total, frames) => total + frames, 0);
  const byRemainder = shares
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    result[index]! += 1;
    left -= 1;
  }
  return result;
}
