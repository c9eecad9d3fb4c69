// Preload (node --require ./redirect-blink.js ...): sends Blink's hosts to the mock, from outside the client.
//
// homebridge-blink-for-home calls https://rest-<tier>.immedia-semi.com on port 443 through @adobe/fetch, which
// opens every connection (its own ALPN probe, then https.Agent or http2 sessions) with tls.connect. Wrapping
// tls.connect is the one place that sees them all; a DNS hook could not change the port.
//
// Environment: BLINK_MOCK_PORT (required), BLINK_MOCK_HOST (default 127.0.0.1), BLINK_MOCK_CA (PEM of the CA that
// signed the mock's certificate; the only CA trusted for Blink's hosts). Every other TLS host is refused, so a run
// can never reach the real Blink or anything else.
'use strict';
const fs = require('fs');
const tls = require('tls');

const BLINK_HOST = /(^|\.)immedia-semi\.com$/i;
const port = Number(process.env.BLINK_MOCK_PORT);
const host = process.env.BLINK_MOCK_HOST || '127.0.0.1';
if (!Number.isInteger(port) || port <= 0) throw new Error('redirect-blink.js: set BLINK_MOCK_PORT');
if (!process.env.BLINK_MOCK_CA) throw new Error('redirect-blink.js: set BLINK_MOCK_CA');
const ca = fs.readFileSync(process.env.BLINK_MOCK_CA, 'utf8');

// tls.connect(options[, callback]) or tls.connect(port[, host][, options][, callback]), as one options object.
function normalise(args) {
    const callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
    if (args[0] !== null && typeof args[0] === 'object') return [{...args[0]}, callback];
    const extra = args.slice(1).find(a => a !== null && typeof a === 'object') || {};
    const options = {...extra, port: args[0]};
    if (typeof args[1] === 'string') options.host = args[1];
    return [options, callback];
}

const connect = tls.connect;
tls.connect = function redirected(...args) {
    const [options, callback] = normalise(args);
    const name = options.servername || options.host;
    if (!name || !BLINK_HOST.test(name)) {
        throw new Error(`redirect-blink.js: refusing a TLS connection to ${name}: only Blink's hosts go to the mock`);
    }
    // SNI and the certificate name check keep the real host name; only the address changes.
    Object.assign(options, {servername: name, host, port, ca});
    delete options.path;
    return callback ? connect.call(this, options, callback) : connect.call(this, options);
};
