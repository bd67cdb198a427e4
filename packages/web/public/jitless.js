// Runs before the app's modules. zod probes whether it may compile validators with `new Function`;
// under the server's Content-Security-Policy (script-src 'self', no 'unsafe-eval') the browser
// reports that probe as a violation even though zod catches it. Jitless validation needs no probe,
// and the setting must be in place before any module parses anything, hence a classic script.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
