// ConvViz's browser tests: the static site (build-web/site) served on 127.0.0.1 by this script,
// opened in Debian's headless Chromium (WebGL 2 on SwiftShader) through puppeteer-core, and used as
// a student would: the page loads with no console error and draws, a click on stride + changes the
// output, a shareable link opens its scene, an export downloads a GIF, Chinese is drawn, a lesson
// steps with PageDown. Screenshots go to OUT_DIR for a person to look at.
//
// Usage: node browser_test.mjs SITE_DIR OUT_DIR [--expect-gif DESKTOP.gif]
//   --expect-gif: the desktop app's export of the same first scene (convviz --export-to), whose
//   frame count the browser's export must have.
// Prints one line per check and the figures (time to first frame, frame times); exits 1 on a failure.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import puppeteer from "puppeteer-core";

import { frameIntervals } from "./frame_intervals.mjs";

const [siteDir, outDir, ...rest] = process.argv.slice(2);
if (!siteDir || !outDir) {
  console.error("usage: node browser_test.mjs SITE_DIR OUT_DIR [--expect-gif DESKTOP.gif]");
  process.exit(2);
}
const expectIndex = rest.indexOf("--expect-gif");
const expectedGif = expectIndex >= 0 ? rest[expectIndex + 1] : null;
fs.mkdirSync(outDir, { recursive: true });
const downloads = path.join(outDir, "downloads");
fs.rmSync(downloads, { recursive: true, force: true });
fs.mkdirSync(downloads, { recursive: true });

// ---------------------------------------------------------------------------------------------
// A static server, as any host serves the site.
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm",
                ".ttf": "font/ttf", ".json": "application/json" };
const server = http.createServer((request, response) => {
  const url = new URL(request.url, "http://127.0.0.1");
  const file = path.join(siteDir, url.pathname === "/" ? "index.html" : decodeURIComponent(url.pathname));
  if (!file.startsWith(path.resolve(siteDir)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    response.writeHead(404);
    response.end();
    return;
  }
  response.writeHead(200, { "Content-Type": types[path.extname(file)] || "application/octet-stream" });
  fs.createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const site = `http://127.0.0.1:${server.address().port}/`;

// ---------------------------------------------------------------------------------------------
// A PNG's pixels (8-bit RGB or RGBA, as Chromium's screenshots are), for the checks on what is drawn.
function decodePng(buffer) {
  let offset = 8;
  let width = 0, height = 0, channels = 0;
  const data = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString("ascii", offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      channels = body[9] === 6 ? 4 : 3;
    } else if (type === "IDAT") {
      data.push(body);
    }
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = v & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

// How many distinct colours a region holds: a blank canvas has one.
function colours(png, x0, y0, w, h) {
  const seen = new Set();
  for (let y = y0; y < y0 + h; y++) {
    for (let x = x0; x < x0 + w; x++) {
      const i = (y * png.width + x) * png.channels;
      seen.add((png.pixels[i] << 16) | (png.pixels[i + 1] << 8) | png.pixels[i + 2]);
    }
  }
  return seen.size;
}

// A GIF's frames: its image descriptors, found by walking its blocks.
function gifFrames(buffer) {
  if (buffer.toString("ascii", 0, 6) !== "GIF89a" && buffer.toString("ascii", 0, 6) !== "GIF87a") return -1;
  let offset = 13;
  const flags = buffer[10];
  if (flags & 0x80) offset += 3 * (1 << ((flags & 7) + 1));
  let frames = 0;
  const skipSubBlocks = () => { while (buffer[offset] !== 0) offset += buffer[offset] + 1; offset += 1; };
  while (offset < buffer.length) {
    const block = buffer[offset];
    if (block === 0x3b) return frames;
    if (block === 0x21) {
      offset += 2;
      skipSubBlocks();
    } else if (block === 0x2c) {
      frames += 1;
      const local = buffer[offset + 9];
      offset += 10;
      if (local & 0x80) offset += 3 * (1 << ((local & 7) + 1));
      offset += 1;  // LZW minimum code size
      skipSubBlocks();
    } else {
      return -1;
    }
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
const failures = [];
const figures = {};
function check(name, ok, detail = "") {
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ": " + detail : ""}`);
  if (!ok) failures.push(name);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const browser = await puppeteer.launch({
  executablePath: "/usr/bin/chromium",
  headless: "new",
  args: ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--window-size=1280,720",
         "--lang=en-US"],
});

async function openPage(url, { width = 1280, height = 720, scale = 1 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: scale });
  page.consoleErrors = [];
  page.on("console", (m) => { if (m.type() === "error") page.consoleErrors.push(m.text()); });
  page.on("pageerror", (e) => page.consoleErrors.push(e.message));
  const client = await page.createCDPSession();
  await client.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: path.resolve(downloads) });
  const started = Date.now();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => window.convvizPage && window.convvizPage.firstFrameMs, { timeout: 30000 });
  page.waitedMs = Date.now() - started;
  // From the navigation's start to the first frame drawn, as the page measures it.
  page.firstFrameMs = await page.evaluate(() => window.convvizPage.firstFrameMs);
  await page.waitForFunction(() => window.convvizPage.state().frames_timed >= 3, { timeout: 10000 });
  return page;
}
const state = (page) => page.evaluate(() => window.convvizPage.state());
async function shot(page, name) {
  const file = path.join(outDir, name + ".png");
  await page.screenshot({ path: file });
  return decodePng(fs.readFileSync(file));
}
// Waits for the app's state to satisfy `test`, up to `ms`.
// File → Open…, with the mouse, and `file` given to the picker it opens; the picker, or null when
// none opened. (Ctrl+O runs the same command, yet in headless Chromium its picker does not open:
// the browser keeps Ctrl+O's activation for its own accelerator.)
async function uploadThroughFileOpen(page, file) {
  const [chooser] = await Promise.all([
    page.waitForFileChooser({ timeout: 10000 }),
    (async () => {
      await page.mouse.click(23, 12);
      await sleep(400);
      await page.mouse.click(35, 41);
    })(),
  ]).catch(() => [null]);
  if (chooser) await chooser.accept([file]);
  return chooser;
}

async function until(page, test, ms = 10000) {
  const deadline = Date.now() + ms;
  let s = await state(page);
  while (!test(s) && Date.now() < deadline) {
    await sleep(100);
    s = await state(page);
  }
  return s;
}

// The download in English: every file the page fetches before its first frame, gzipped as a
// server sends them; the Chinese font comes only when Chinese is chosen.
const gz = (file) => zlib.gzipSync(fs.readFileSync(path.join(siteDir, file)), { level: 9 }).length;
figures.download_gzip_bytes = ["index.html", "page.js", "convviz.js", "convviz.wasm", "fonts/latin.ttf",
                               "fonts/cjk-names.ttf"].reduce((sum, file) => sum + gz(file), 0);
figures.chinese_font_gzip_bytes = gz("fonts/cjk.ttf");
check("the download is at most 2 MB gzipped in English", figures.download_gzip_bytes <= 2e6,
      `${(figures.download_gzip_bytes / 1e6).toFixed(2)} MB (+ ${(figures.chinese_font_gzip_bytes / 1e6).toFixed(2)} MB for Chinese)`);

try {
  // 1. The page loads, with no console error, and draws the first scene.
  const page = await openPage(site);
  figures.first_frame_ms = Math.round(page.firstFrameMs);
  figures.runtime_ready_ms = Math.round(await page.evaluate(() => window.convvizPage.runtimeReadyMs));
  // A figure, not a check: times are measured (README), never asserted on a shared machine.
  console.log(`     the first frame drawn at ${figures.first_frame_ms} ms (the runtime ready at ${figures.runtime_ready_ms} ms)`);
  await sleep(500);
  const first = await shot(page, "01_first_scene");
  const s0 = await state(page);
  check("the first scene is the default ConvTranspose2d", s0.op === "conv_transpose2d" && s0.output.join() === "1,1,5,5",
        JSON.stringify({ op: s0.op, input: s0.input, output: s0.output }));
  const [cx, cy, cw, ch] = s0.canvas;
  check("the canvas is not blank", colours(first, cx, cy, cw, ch) > 20, `${colours(first, cx, cy, cw, ch)} colours`);
  check("the panels are drawn", colours(first, 0, 0, 280, 720) > 20);

  // 2. A click on stride's + (the height's) changes the output's shape.
  await page.mouse.click(68, 358);
  const s1 = await until(page, (s) => s.output && s.output.join() !== "1,1,5,5");
  check("a click on stride + changes the output's shape", s1.output.join() === "1,1,7,5", `output ${JSON.stringify(s1.output)}`);
  await sleep(300);
  await shot(page, "02_stride_plus");
  // Undo takes it back, as on the desktop.
  await page.keyboard.down("Control");
  await page.keyboard.press("z");
  await page.keyboard.up("Control");
  const s2 = await until(page, (s) => s.output.join() === "1,1,5,5");
  check("Ctrl+Z undoes it", s2.output.join() === "1,1,5,5", `output ${JSON.stringify(s2.output)}`);

  // 2b. Save downloads the scene; Open… uploads it back, through the page's file picker.
  await page.mouse.click(68, 358);  // stride + again: [1, 1, 7, 5]
  await until(page, (s) => s.output.join() === "1,1,7,5");
  const before = await page.evaluate(() => window.convvizPage.downloads.length);
  await page.keyboard.down("Control");
  await page.keyboard.press("s");
  await page.keyboard.up("Control");
  await page.waitForFunction((n) => window.convvizPage.downloads.length > n, { timeout: 10000 }, before).catch(() => {});
  const saved = await page.evaluate(() => window.convvizPage.downloads.at(-1));
  const savedFile = saved ? path.join(downloads, saved.name) : "";
  for (let i = 0; i < 50 && savedFile && !fs.existsSync(savedFile); i++) await sleep(100);
  let savedScene = null;
  try { savedScene = JSON.parse(fs.readFileSync(savedFile, "utf8")); } catch (e) { /* checked below */ }
  check("Ctrl+S downloads the scene", savedScene !== null && saved.name.endsWith(".json"),
        saved ? `${saved.name}, ${saved.size} bytes` : "no download");
  // Saved, so no unsaved-changes prompt: a preset, then the saved scene opened back.
  await page.evaluate(() => window.convvizPage.command("preset.padding_strides_transposed"));
  await until(page, (s) => s.output.join() === "1,1,5,5");
  if (savedScene !== null) {
    const chooser = await uploadThroughFileOpen(page, savedFile);
    const opened = await until(page, (s) => s.output.join() === "1,1,7,5");
    await shot(page, "02b_opened_upload");
    check("File → Open… uploads a scene from the disk and opens it", chooser !== null && opened.output.join() === "1,1,7,5",
          `file picker ${chooser ? "opened" : "did not open"}, output ${JSON.stringify(opened.output)}`);
  }

  // A file larger than ConvViz reads (64 MB) is refused with the app's own message, the page
  // holding no more of it than the limit.
  const huge = path.join(outDir, "huge_scene.json");
  fs.writeFileSync(huge, Buffer.alloc(65 << 20, 0x20));
  const bigChooser = await uploadThroughFileOpen(page, huge);
  const refused = await until(page, (s) => s.message.includes("64 MB"), 20000);
  fs.rmSync(huge);
  check("a file over 64 MB is refused with a message", bigChooser !== null && refused.message.includes("huge_scene.json") &&
        refused.output.join() === "1,1,7,5", refused.message);
  await page.keyboard.press("Escape");
  const closedMessage = await until(page, (s) => s.message === "", 3000);
  check("Esc closes the message", closedMessage.message === "", closedMessage.message);

  // 2c. Paste PyTorch: the box takes a typed line, Enter shows its layer.
  await page.keyboard.down("Control");
  await page.keyboard.down("Shift");
  await page.keyboard.press("v");
  await page.keyboard.up("Shift");
  await page.keyboard.up("Control");
  await sleep(400);
  const line = "nn.Conv2d(1, 1, kernel_size=3, stride=2)";
  await page.keyboard.type(line);
  await sleep(200);
  await shot(page, "02c_paste_torch");
  const typed = (await state(page)).paste_text;
  check("typing reaches a text field, spaces and all", typed === line, JSON.stringify(typed));
  await page.keyboard.press("Enter");
  const pasted = await until(page, (s) => s.op === "conv2d");
  check("Paste PyTorch opens the line's layer", pasted.op === "conv2d", `op ${pasted.op}`);
  await sleep(300);
  await shot(page, "02c_pasted");

  // 2d. The settings persist in the browser's storage: a theme survives a reload.
  await page.evaluate(() => window.convvizPage.command("theme.dark"));
  await until(page, (s) => s.theme === "dark");
  await page.reload({ waitUntil: "load" });
  await page.waitForFunction(() => window.convvizPage && window.convvizPage.firstFrameMs, { timeout: 30000 });
  const reloaded = await state(page);
  check("settings persist across a reload", reloaded.theme === "dark", `theme ${reloaded.theme}`);
  await shot(page, "02d_dark_after_reload");
  await page.evaluate(() => window.convvizPage.command("theme.light"));
  await page.evaluate(() => window.convvizPage.command("preset.padding_strides_transposed"));
  await until(page, (s) => s.theme === "light" && s.op === "conv_transpose2d");

  // 3. Frame times while the animation plays.
  await page.evaluate(() => window.convvizPage.command("play"));
  await sleep(3000);
  const timing = await frameIntervals(page, 120);
  timing.sort((a, b) => a - b);
  figures.frame_interval_ms_median = timing[60];
  figures.frame_ms_median = (await state(page)).frame_ms_median;
  const t0 = (await state(page)).t;
  await sleep(500);
  const t1 = (await state(page)).t;
  check("the animation plays in the page", t1 !== t0,
        `t ${t0.toFixed(2)} → ${t1.toFixed(2)}; frames every ${figures.frame_interval_ms_median.toFixed(1)} ms (median), App::frame ${figures.frame_ms_median.toFixed(1)} ms`);

  // 4. An export downloads a GIF.
  await page.evaluate(() => window.convvizPage.command("file.export"));
  await sleep(500);
  await shot(page, "04_export_dialog");
  await page.evaluate(() => window.convvizPage.command("export.start"));
  await sleep(500);
  await shot(page, "04_export_running");
  const exported = await page.waitForFunction(() => window.convvizPage.downloads.length > 0, { timeout: 120000 })
    .then(() => true, () => false);
  check("the export is handed to the user as a download", exported);
  if (exported) {
    const name = (await page.evaluate(() => window.convvizPage.downloads[0].name));
    const file = path.join(downloads, name);
    for (let i = 0; i < 50 && !fs.existsSync(file); i++) await sleep(100);
    const frames = fs.existsSync(file) ? gifFrames(fs.readFileSync(file)) : -1;
    figures.gif_frames = frames;
    check("the download is a GIF", name.endsWith(".gif") && frames > 1, `${name}: ${frames} frames`);
    if (expectedGif !== null) {
      const desktop = gifFrames(fs.readFileSync(expectedGif));
      check("it has the desktop app's frame count", frames === desktop && frames > 1, `${frames} against ${desktop}`);
    }
  }
  await shot(page, "04_export_done");
  // A PNG sequence (its radio button in the dialog) downloads as one .zip of numbered PNGs; an
  // export cancelled midway downloads nothing.
  const downloaded = await page.evaluate(() => window.convvizPage.downloads.length);
  await page.mouse.click(392, 208);
  await sleep(300);
  await page.evaluate(() => window.convvizPage.command("export.start"));
  const zipped = await page.waitForFunction((n) => window.convvizPage.downloads.length > n, { timeout: 120000 }, downloaded)
    .then(() => page.evaluate(() => window.convvizPage.downloads.at(-1)), () => null);
  let entries = -1;
  if (zipped) {
    const file = path.join(downloads, zipped.name);
    for (let i = 0; i < 50 && !fs.existsSync(file); i++) await sleep(100);
    const bytes = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
    // The end-of-central-directory record's count, and each local entry a PNG.
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    entries = end >= 0 ? bytes.readUInt16LE(end + 10) : -1;
    const pngs = bytes.toString("latin1").split("\x89PNG").length - 1;
    check("a PNG sequence downloads as one .zip of its frames", zipped.name.endsWith(".zip") && entries > 1 && pngs === entries,
          `${zipped.name}: ${entries} entries, ${pngs} PNGs`);
  } else {
    check("a PNG sequence downloads as one .zip of its frames", false, "no download");
  }
  await page.mouse.click(336, 208);  // back to GIF
  await sleep(200);
  const beforeCancel = await page.evaluate(() => window.convvizPage.downloads.length);
  await page.evaluate(() => window.convvizPage.command("export.start"));
  await until(page, (s) => s.exporting, 5000);
  await page.evaluate(() => window.convvizPage.command("export.cancel"));
  const cancelled = await until(page, (s) => !s.exporting, 5000);
  await sleep(1000);
  const after = await page.evaluate(() => window.convvizPage.downloads.length);
  check("Cancel stops an export and nothing is downloaded", !cancelled.exporting && after === beforeCancel,
        `exporting ${cancelled.exporting}, ${after - beforeCancel} downloads`);
  await shot(page, "04_export_cancelled");
  await page.mouse.click(950, 148);  // the dialog's close box
  const closed = await until(page, (s) => !s.export_dialog, 3000);
  check("the Export dialog closes", !closed.export_dialog);

  // 4b. Every view of the default op and every other op's, predict mode, and a hover: each drawn.
  for (const view of ["scatter", "gather", "crop", "matrix"]) {
    await page.evaluate((v) => window.convvizPage.command("show." + v), view);
    const sv = await until(page, (s) => s.view === view, 5000);
    await sleep(300);
    const png = await shot(page, "04b_view_" + view);
    check(`the ${view} view draws`, sv.view === view && colours(png, cx, cy, cw, ch) > 20);
  }
  await page.evaluate(() => window.convvizPage.command("view.predict"));
  await sleep(500);
  await shot(page, "04b_predict_mode");
  await page.evaluate(() => window.convvizPage.command("view.predict"));
  await page.mouse.move(cx + cw / 2, cy + ch / 2);
  await sleep(500);
  await shot(page, "04b_hover");
  // Undo takes the views back to the scene as it was, with nothing unsaved.
  for (let i = 0; i < 10 && (await state(page)).unsaved; i++) {
    await page.evaluate(() => window.convvizPage.command("edit.undo"));
    await sleep(100);
  }
  check("undo goes back to the unchanged scene", !(await state(page)).unsaved);
  // The other ops' views, each from its preset (the Presets menu's commands):
  // an unchanged scene is replaced with no question asked.
  const others = { numerical_max_pooling: "pool", maxpool_unpool: "unpool", upsample_bicubic: "upsample",
                   pixel_shuffle: "shuffle", compare_upsampling: "compare" };
  for (const [preset, view] of Object.entries(others)) {
    await page.evaluate((p) => window.convvizPage.command("preset." + p), preset);
    const sp = await until(page, (s) => s.view === view, 5000);
    await sleep(300);
    const png = await shot(page, "04c_" + preset);
    check(`the ${view} view draws (${preset})`, sp.view === view && colours(png, cx, cy, cw, ch) > 20, `view ${sp.view}`);
  }

  // 5. Chinese: the language's command, as the View menu runs it; the font comes on demand.
  await page.evaluate(() => window.convvizPage.command("lang.zh-CN"));
  const zh = await until(page, (s) => s.lang === "zh-CN", 20000);
  await sleep(500);
  const chinese = await shot(page, "05_chinese");
  check("the language switch draws Chinese", zh.lang === "zh-CN" && zh.missing_glyphs === 0,
        `lang ${zh.lang}, ${zh.missing_glyphs} characters missing`);
  check("Chinese is drawn, not blank", colours(chinese, 0, 0, 280, 720) > 20);
  await page.evaluate(() => window.convvizPage.command("lang.en"));
  await until(page, (s) => s.lang === "en");

  // 6. The built-in lesson, presented with F5 (the browser's full screen), steps with PageDown
  // as a clicker does: through the scene's steps, then on to the next scene; Esc leaves.
  await page.evaluate(() => window.convvizPage.command("lesson.builtin"));
  const l1 = await until(page, (s) => s.lesson_scene === 1);
  await page.mouse.click(cx + cw / 2, cy + ch / 2);  // the canvas has the keyboard
  await page.keyboard.press("F5");
  const presenting = await until(page, (s) => s.presenting);
  await sleep(500);
  const fullscreen = await page.evaluate(() => document.fullscreenElement !== null);
  check("F5 presents, in the browser's full screen", presenting.presenting && fullscreen,
        `presenting ${presenting.presenting}, full screen ${fullscreen}`);
  await shot(page, "06_presenting");
  let l2 = await state(page);
  for (let i = 0; i < 80 && l2.lesson_scene === 1; i++) {
    await page.keyboard.press("PageDown");
    l2 = await state(page);
  }
  await sleep(300);
  await shot(page, "06_lesson_pagedown");
  check("a lesson steps with PageDown", l1.lesson_scene === 1 && l2.lesson_scene === 2,
        `scene ${l1.lesson_scene} → ${l2.lesson_scene}`);
  await page.keyboard.press("Escape");
  const left = await until(page, (s) => !s.presenting);
  check("Esc leaves the presentation", !left.presenting);

  check("no console error", page.consoleErrors.length === 0, page.consoleErrors.join(" | "));
  await page.close();

  // 8. Links: the page's address carries the scene, both ways.
  const link = "v1/conv2d/in=1,1,6,6/k=3/s=2/view=conv";
  const linked = await openPage(site + "#" + link);
  // A link pasted into the address bar of the open page (nothing unsaved: no prompt first).
  await linked.evaluate(() => { location.hash = "#v1/max_pool2d/in=1,1,4,4/k=2/view=pool"; });
  const pooled = await until(linked, (s) => s.op === "max_pool2d");
  check("a link typed into the open page's address bar opens", pooled.op === "max_pool2d", `op ${pooled.op}`);
  await linked.goBack();
  await until(linked, (s) => s.op === "conv2d");
  const sl = await state(linked);
  check("a shareable link opens its scene", sl.op === "conv2d" && sl.input.join() === "1,1,6,6" &&
        sl.output.join() === "1,1,2,2" && sl.view === "conv", JSON.stringify({ op: sl.op, input: sl.input, output: sl.output, view: sl.view }));
  await shot(linked, "08_link_opened");
  await linked.evaluate(() => window.convvizPage.command("play.toggle"));
  await linked.mouse.click(68, 358);  // stride + (the height's)
  // The page writes the address bar every 15 frames: wait for it, up to 3 s.
  await linked.waitForFunction(() => location.hash.includes("s=3x2"), { timeout: 3000 }).catch(() => {});
  const hash = await linked.evaluate(() => location.hash);
  check("the address bar follows the scene", hash.startsWith("#v1/conv2d/") && hash.includes("s=3x2"), hash);
  const context = browser.defaultBrowserContext();
  await context.overridePermissions(site, ["clipboard-read", "clipboard-write", "clipboard-sanitized-write"]);
  await linked.evaluate(() => window.convvizPage.command("file.copy_link"));
  await sleep(300);
  const copied = await linked.evaluate(() => navigator.clipboard.readText().catch((e) => "unreadable: " + e.message));
  check("File → Copy link puts the page's address with the scene on the clipboard",
        copied.startsWith(site + "#v1/conv2d/") && copied.includes("s=3x2"), copied);
  // File → Open link reads the system clipboard (the browser lets the page, asked); stride's
  // change undone first, or the unsaved-changes question would come first.
  for (let i = 0; i < 5 && (await state(linked)).unsaved; i++) {
    await linked.evaluate(() => window.convvizPage.command("edit.undo"));
    await sleep(100);
  }
  await linked.evaluate(() => navigator.clipboard.writeText("#v1/pixel_shuffle/in=1,4,2,2/view=shuffle"));
  await linked.evaluate(() => window.convvizPage.command("file.open_link"));
  const fromClipboard = await until(linked, (s) => s.op === "pixel_shuffle", 5000);
  check("File → Open link opens the link on the system clipboard", fromClipboard.op === "pixel_shuffle",
        `op ${fromClipboard.op}: ${fromClipboard.message}`);
  check("no console error with links", linked.consoleErrors.length === 0, linked.consoleErrors.join(" | "));
  await linked.close();
  const damaged = await openPage(site + "#v2/conv9d/whatever");
  await sleep(300);
  const sd = await state(damaged);
  check("a newer or damaged link opens the default scene with a message",
        sd.op === "conv_transpose2d" && sd.message.length > 0, `${sd.op}: ${sd.message}`);
  await shot(damaged, "08_link_damaged");
  await damaged.close();

  // 7. A HiDPI screen: the drawing buffer is the page's size times the pixel ratio.
  const hidpi = await openPage(site, { width: 800, height: 600, scale: 2 });
  await sleep(500);
  await shot(hidpi, "07_hidpi_2x");
  const sh = await state(hidpi);
  check("the canvas follows the device pixel ratio", sh.framebuffer.join() === "1600,1200", `framebuffer ${sh.framebuffer}`);
  await hidpi.close();
} catch (error) {
  check("the browser test ran to its end", false, error.stack || String(error));
} finally {
  await browser.close();
  server.close();
}
console.log("figures " + JSON.stringify(figures));
if (failures.length > 0) {
  console.log(`browser tests: ${failures.length} failed: ${failures.join("; ")}`);
  process.exit(1);
}
console.log("browser tests: all passed");
