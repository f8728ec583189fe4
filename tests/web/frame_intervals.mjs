// The page's frame intervals as the browser paints them: the time between `count` successive
// requestAnimationFrame callbacks, in ms, in order. Shared by the browser tests and web_bench.
export function frameIntervals(page, count) {
  return page.evaluate((n) => new Promise((resolve) => {
    const times = [];
    let last = performance.now();
    const tick = (now) => {
      times.push(now - last);
      last = now;
      if (times.length < n) requestAnimationFrame(tick); else resolve(times);
    };
    requestAnimationFrame(tick);
  }), count);
}
