// One measurement of the web build in headless Chromium (SwiftShader's WebGL 2, no GPU), for
// scripts/web_bench.sh: the first frame after opening the page (from the navigation's start), then
// 300 frames of the default scene playing at 1280×720: the browser's frame interval and App::frame's
// own time. Prints one JSON line. Usage: node web_bench.mjs SITE_DIR
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import puppeteer from "puppeteer-core";

import { frameIntervals } from "./frame_intervals.mjs";

const siteDir = process.argv[2];
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".ttf": "font/ttf" };
const server = http.createServer((request, response) => {
  const url = new URL(request.url, "http://127.0.0.1");
  const file = path.join(siteDir, url.pathname === "/" ? "index.html" : decodeURIComponent(url.pathname));
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    response.writeHead(404);
    response.end();
    return;
  }
  response.writeHead(200, { "Content-Type": types[path.extname(file)] || "application/octet-stream" });
  fs.createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const browser = await puppeteer.launch({
  executablePath: "/usr/bin/chromium",
  headless: "new",
  args: ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--window-size=1280,720"],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: "load" });
  await page.waitForFunction(() => window.convvizPage && window.convvizPage.firstFrameMs, { timeout: 60000 });
  const first = await page.evaluate(() => window.convvizPage.firstFrameMs);
  await page.evaluate(() => { if (!window.convvizPage.state().playing) window.convvizPage.command("play.toggle"); });
  const intervals = await frameIntervals(page, 300);
  const s = await page.evaluate(() => window.convvizPage.state());
  intervals.sort((a, b) => a - b);
  console.log(JSON.stringify({ first_frame_ms: first, interval_ms_median: intervals[150],
                               interval_ms_p95: intervals[284], frame_ms_median: s.frame_ms_median }));
} finally {
  await browser.close();
  server.close();
}
