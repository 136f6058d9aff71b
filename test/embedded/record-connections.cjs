// Preloaded into the server under test: appends every outgoing socket connection (TCP host:port or
// IPC path) to the file named by GREENCHAIN_CONNECTION_LOG, so the test can prove what was opened.
const net = require('node:net');
const { appendFileSync } = require('node:fs');

const log = process.env.GREENCHAIN_CONNECTION_LOG;
const original = net.Socket.prototype.connect;

function describe(args) {
  const [first, second] = Array.isArray(args[0]) ? args[0] : args;
  if (typeof first === 'object' && first !== null) {
    return first.path ? `ipc:${first.path}` : `tcp:${first.host ?? 'localhost'}:${first.port}`;
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return `ipc:${first}`;
  return `tcp:${typeof second === 'string' ? second : 'localhost'}:${first}`;
}

net.Socket.prototype.connect = function connect(...args) {
  if (log) appendFileSync(log, `${describe(args)}\n`);
  return original.apply(this, args);
};
