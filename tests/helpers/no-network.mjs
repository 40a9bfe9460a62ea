// Preloaded (NODE_OPTIONS=--import) into the CLI and its worker processes by the hardening
// test: any attempt to reach the network is reported on stderr and refused.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

function refuse(what) {
  return function refused(...args) {
    process.stderr.write(`NETWORK ACCESS ATTEMPTED: ${what} ${JSON.stringify(String(args[0])).slice(0, 200)}\n`);
    throw new Error(`network access refused in tests: ${what}`);
  };
}

net.Socket.prototype.connect = refuse('net.connect');
net.connect = refuse('net.connect');
net.createConnection = refuse('net.createConnection');
dns.lookup = refuse('dns.lookup');
dns.promises.lookup = refuse('dns.promises.lookup');
http.request = refuse('http.request');
http.get = refuse('http.get');
https.request = refuse('https.request');
https.get = refuse('https.get');
globalThis.fetch = refuse('fetch');

// File contents may only be read under the roots the test allows (the project and its own
// workspace). Reads elsewhere are reported, not refused, so one run shows every stray access.
import fs from 'node:fs';
import path from 'node:path';

const roots = (process.env.POLICY_CARD_TEST_READ_ROOTS ?? '').split(path.delimiter).filter(Boolean);
if (roots.length > 0) {
  const check = (what, file) => {
    if (typeof file !== 'string' && !(file instanceof URL)) return;
    const absolute = path.resolve(file instanceof URL ? file.pathname : file);
    if (!roots.some((root) => absolute === root || absolute.startsWith(root + path.sep))) {
      process.stderr.write(`FILE READ OUTSIDE ALLOWED ROOTS: ${what} ${absolute}\n`);
    }
  };
  for (const name of ['readFile', 'readFileSync', 'open', 'openSync', 'createReadStream']) {
    const original = fs[name];
    fs[name] = function patched(file, ...rest) {
      check(name, file);
      return original.call(this, file, ...rest);
    };
  }
  for (const name of ['readFile', 'open']) {
    const original = fs.promises[name];
    fs.promises[name] = function patched(file, ...rest) {
      check(`promises.${name}`, file);
      return original.call(this, file, ...rest);
    };
  }
}
