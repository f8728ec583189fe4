// ConvViz's page: starts the WebAssembly app (convviz.js) on a canvas that covers the page, and
// gives it what only a page has: the fonts fetched before it starts (Chinese only when chosen),
// the settings kept in localStorage, files uploaded through a file picker and downloaded through
// a link (a PNG sequence as one .zip), the system clipboard, full screen, and the keys a browser
// would otherwise take for itself (F5 reloads, Ctrl+S saves the page). app/web/platform_web.cpp
// calls window.convvizPage; the tests (tests/web/) read window.convvizPage.state().
"use strict";
(function () {
  const canvas = document.getElementById("canvas");
  const status = document.getElementById("status");
  const upload = document.getElementById("upload");
  // Where the app looks for its fonts and settings: the same paths as on a Debian desktop.
  const LATIN_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  const CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
  const SETTINGS = "/home/web_user/.config/convviz/settings.json";
  const SETTINGS_KEY = "convviz.settings";
  const UPLOADS = "/uploads/";

  let app = 0;             // the address of the app's Page (app/web/web_main.cpp), once main() has opened it
  let fileBytes = 0;       // the most the app reads of a file (core/limits.hpp); an upload is cut just past it
  let cjk = "names";       // the Chinese font in the file system: "names" (the language menu's) or "full"
  let cjkLoading = null;
  let wentFullscreen = false;
  let leftFullscreen = false;

  function storedSettings() {
    try { return localStorage.getItem(SETTINGS_KEY); } catch (e) { return null; }
  }

  // Chinese from the start: asked by the saved settings or, with none saved, by the browser.
  function startsInChinese() {
    const saved = storedSettings();
    if (saved) {
      try {
        const lang = JSON.parse(saved).lang;
        if (lang) return lang === "zh-CN";
      } catch (e) { /* damaged settings: the app says so and starts in the browser's language */ }
    }
    return (navigator.language || "").toLowerCase().startsWith("zh");
  }

  async function fetchBytes(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(url + ": " + response.status + " " + response.statusText);
    return new Uint8Array(await response.arrayBuffer());
  }

  function writeFile(path, bytes) {
    Module.FS.mkdirTree(path.substring(0, path.lastIndexOf("/")));
    Module.FS.writeFile(path, bytes);
  }

  // A failed download is tried again the next time Chinese is chosen.
  function loadChinese() {
    if (!cjkLoading) {
      cjkLoading = fetchBytes("fonts/cjk.ttf").then((bytes) => {
        writeFile(CJK_FONT, bytes);
        cjk = "full";
      }, (e) => {
        cjkLoading = null;
        throw e;
      });
    }
    return cjkLoading;
  }

  function fail(message) {
    status.textContent = message;
    status.className = "failed";
    status.hidden = false;
  }

  function withString(text, use) {
    const size = Module.lengthBytesUTF8(text) + 1;
    const pointer = Module._malloc(size);
    Module.stringToUTF8(text, pointer, size);
    try { return use(pointer); } finally { Module._free(pointer); }
  }

  // A .zip of stored (uncompressed) files: PNGs are compressed already.
  const crcTable = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
    return table;
  })();
  function crc32(bytes) {
    let c = 0xffffffff;
    for (let i = 0; i < bytes.length; i++) c = crcTable[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  }
  function zip(files) {
    const encoder = new TextEncoder();
    const parts = [];
    const central = [];
    let offset = 0;
    for (const { name, bytes } of files) {
      const nameBytes = encoder.encode(name);
      const crc = crc32(bytes);
      const local = new DataView(new ArrayBuffer(30));
      local.setUint32(0, 0x04034b50, true);
      local.setUint16(4, 20, true);
      local.setUint16(6, 0x0800, true);  // UTF-8 names
      local.setUint32(14, crc, true);
      local.setUint32(18, bytes.length, true);
      local.setUint32(22, bytes.length, true);
      local.setUint16(26, nameBytes.length, true);
      parts.push(local.buffer, nameBytes, bytes);
      const entry = new DataView(new ArrayBuffer(46));
      entry.setUint32(0, 0x02014b50, true);
      entry.setUint16(4, 20, true);
      entry.setUint16(6, 20, true);
      entry.setUint16(8, 0x0800, true);
      entry.setUint32(16, crc, true);
      entry.setUint32(20, bytes.length, true);
      entry.setUint32(24, bytes.length, true);
      entry.setUint16(28, nameBytes.length, true);
      entry.setUint32(42, offset, true);
      central.push(entry.buffer, nameBytes);
      offset += 30 + nameBytes.length + bytes.length;
    }
    const centralSize = central.reduce((sum, part) => sum + part.byteLength, 0);
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, files.length, true);
    end.setUint16(10, files.length, true);
    end.setUint32(12, centralSize, true);
    end.setUint32(16, offset, true);
    return new Blob([...parts, ...central, end.buffer], { type: "application/zip" });
  }

  function save(blob, name) {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    page.downloads.push({ name, size: blob.size });
  }

  const page = {
    downloads: [],  // what was handed to the user, for the tests

    // The times from the navigation's start (performance.now()'s origin), for the tests and README.
    started(address, limit) {
      app = address;
      fileBytes = limit;
      status.hidden = true;
      page.openedMs = performance.now();
      canvas.focus();
    },
    firstFrame() { page.firstFrameMs = performance.now(); },
    failed(message) { fail("ConvViz could not start: " + message); },

    // --- what app/web/platform_web.cpp asks of the page ---
    fullscreen(on) {
      if (on && !document.fullscreenElement) {
        leftFullscreen = false;
        // Granted only just after a key or a click (F5, the menu): otherwise the presentation
        // stays in the page.
        document.documentElement.requestFullscreen().catch(() => {});
      } else if (!on && document.fullscreenElement) {
        wentFullscreen = false;
        document.exitFullscreen().catch(() => {});
      }
    },
    leftFullscreen() {
      const left = leftFullscreen;
      leftFullscreen = false;
      return left;
    },
    copy(text) {
      page.copied = text;
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).catch(() => copyByCommand(text));
      } else {
        copyByCommand(text);
      }
    },
    pickFile(accept) {
      upload.accept = accept;
      upload.value = "";
      upload.click();
    },
    download(path) {
      const FS = Module.FS;
      const name = path.substring(path.lastIndexOf("/") + 1);
      if (name.endsWith(".png")) {
        // A PNG sequence: NAME_0000.png, NAME_0001.png, … beside the path asked for, as one .zip.
        const folder = path.substring(0, path.lastIndexOf("/") + 1);
        const stem = name.slice(0, -4);
        const pattern = new RegExp("^" + stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "_\\d+\\.png$");
        const names = FS.readdir(folder).filter((n) => pattern.test(n)).sort();
        if (names.length > 0) {
          save(zip(names.map((n) => ({ name: n, bytes: FS.readFile(folder + n) }))), stem + ".zip");
          names.forEach((n) => FS.unlink(folder + n));
          return;
        }
      }
      save(new Blob([FS.readFile(path)]), name);
      FS.unlink(path);  // the user has it now; the next export or save of that name starts afresh
    },
    keepSettings(path) {
      try { localStorage.setItem(SETTINGS_KEY, Module.FS.readFile(path, { encoding: "utf8" })); } catch (e) { /* private mode: not kept */ }
    },
    fontsReady(lang) {
      if (lang !== "zh-CN" || cjk === "full") return true;
      loadChinese().then(() => page.command("lang.zh-CN"), (e) => {
        fail("The Chinese font did not load (" + e.message + "). Choose 简体中文 again to try once more.");
        setTimeout(() => { status.hidden = true; }, 8000);
      });
      return false;
    },

    // --- what the page and its tests ask of the app ---
    state() {
      if (!app) return null;
      const pointer = Module._convviz_state(app);
      const text = Module.UTF8ToString(pointer);
      Module._free(pointer);
      return JSON.parse(text);
    },
    command(id) { return app ? withString(id, (p) => Module._convviz_run_command(app, p)) === 1 : false; },
    saveSettings() { if (app) Module._convviz_save_settings(app); },
    address() { return location.href.split("#")[0]; },
    fragment() { return location.hash.substring(1); },
    // File → Open link: the system clipboard, read when the browser allows it (it may ask);
    // otherwise what was last pasted into or copied from the page.
    openLinkFromClipboard(fallback) {
      const open = (text) => withString(text, (p) => Module._convviz_open_copied_link(app, p));
      if (navigator.clipboard && navigator.clipboard.readText) {
        navigator.clipboard.readText().then(open, () => open(fallback));
      } else {
        open(fallback);
      }
    },
    showFragment(fragment) {
      const url = location.href.split("#")[0] + (fragment ? "#" + fragment : "");
      if (url !== location.href) history.replaceState(null, "", url);
    },
  };
  window.convvizPage = page;

  function copyByCommand(text) {
    const area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more a page can do */ }
    area.remove();
    canvas.focus();
  }

  // An upload is copied into the page's file system and opened as the desktop opens a file. A file
  // larger than the app reads is cut just past the limit, so the app refuses it with its own
  // message without the page holding all of it; one that cannot be copied reaches the app as a
  // missing file, which it reports. The last uploads give way to the new.
  upload.addEventListener("change", async () => {
    try {
      if (Module.FS.analyzePath(UPLOADS).exists) {
        for (const name of Module.FS.readdir(UPLOADS)) {
          if (name !== "." && name !== "..") Module.FS.unlink(UPLOADS + name);
        }
      }
      for (const file of upload.files) {
        const path = UPLOADS + file.name.replace(/\//g, "_");
        try {
          writeFile(path, new Uint8Array(await file.slice(0, fileBytes + 1).arrayBuffer()));
        } catch (e) {
          console.warn("convviz: " + file.name + " could not be copied into the page: " + e.message);
        }
        withString(path, (p) => Module._convviz_open_file(app, p));
      }
    } finally {
      canvas.focus();
    }
  });

  // A link typed or pasted into the address bar of an open page.
  window.addEventListener("hashchange", () => {
    const fragment = location.hash.substring(1);
    if (app && fragment) withString(fragment, (p) => Module._convviz_open_link(app, p));
  });

  document.addEventListener("fullscreenchange", () => {
    if (document.fullscreenElement) {
      wentFullscreen = true;
    } else if (wentFullscreen) {
      wentFullscreen = false;
      leftFullscreen = true;  // Esc, which the browser keeps for itself: the presentation ends
    }
    canvas.focus();
  });

  // The paste event brings the system clipboard's text; ImGui's paste (Ctrl+V) reads it next frame.
  document.addEventListener("paste", (event) => {
    const text = event.clipboardData ? event.clipboardData.getData("text/plain") : "";
    if (app && text) withString(text, (p) => Module._convviz_paste(app, p));
  });

  // Keys the app uses that the browser would act on first: the F keys, the app's Ctrl shortcuts
  // (save, open, export, undo, redo, the text size) and the paging keys. Ctrl+V stays the
  // browser's, which turns it into the paste event above; Space too, or no space could be typed
  // (the browser's keypress, which brings typed characters, follows only a keydown let through).
  window.addEventListener("keydown", (event) => {
    const ctrl = event.ctrlKey || event.metaKey;
    const browserKey = /^F([1-9]|10)$/.test(event.key) ||
        (ctrl && /^[soezy=+-]$/i.test(event.key)) ||
        ["PageUp", "PageDown", "Home", "End", "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"].includes(event.key);
    if (browserKey) event.preventDefault();
  }, true);

  for (const type of ["dragenter", "dragover"]) {
    window.addEventListener(type, (event) => { event.preventDefault(); document.body.classList.add("dragging"); });
  }
  for (const type of ["dragleave", "drop"]) {
    window.addEventListener(type, (event) => {
      if (type === "drop") event.preventDefault();
      document.body.classList.remove("dragging");
    });
  }

  // The settings are kept as they change and when the page is left.
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") page.saveSettings(); });
  window.addEventListener("pagehide", () => page.saveSettings());
  setInterval(() => page.saveSettings(), 5000);

  window.Module = {
    canvas,
    preRun: [() => {
      Module.addRunDependency("convviz-files");
      const settings = storedSettings();
      if (settings) writeFile(SETTINGS, new TextEncoder().encode(settings));
      const fonts = [fetchBytes("fonts/latin.ttf").then((b) => writeFile(LATIN_FONT, b))];
      // Chinese from the start whose font fails to load starts with the language menu's font: the
      // app shows English until the font arrives, asking again each time.
      const names = () => fetchBytes("fonts/cjk-names.ttf").then((b) => writeFile(CJK_FONT, b));
      fonts.push(startsInChinese() ? loadChinese().catch(names) : names());
      Promise.all(fonts).then(() => Module.removeRunDependency("convviz-files"),
                              (e) => fail("ConvViz could not load its fonts: " + e.message));
    }],
    onRuntimeInitialized: () => { page.runtimeReadyMs = performance.now(); },
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: (what) => fail("ConvViz stopped: " + what + ". Reloading the page starts it again."),
  };
})();
