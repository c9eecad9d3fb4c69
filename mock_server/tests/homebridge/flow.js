// Drives homebridge-blink-for-home's own Blink class (the one its Homebridge platform uses) through a user's first
// day: the first start without a PIN, the start with the PIN from the SMS, arming, disarming, a snapshot, the media
// list, a snapshot and a clip downloaded, and logout. Run it with redirect-blink.js preloaded.
//
// Prints one JSON line per step: {"step", "name", "ok", "error", "exchanges": [{method, path, status, body}]}.
// The exchanges are the requests homebridge logged while the step ran (its own debug log, nothing patched), with
// the status and the start of the body of each answer. Exits 0 when every step is ok.
//
// Environment: HB_RUN_EMAIL, HB_RUN_PASSWORD, HB_RUN_PIN (the account), HB_RUN_STEP_TIMEOUT (seconds, default 20).
'use strict';
const crypto = require('crypto');

const email = process.env.HB_RUN_EMAIL;
const password = process.env.HB_RUN_PASSWORD;
const pin = process.env.HB_RUN_PIN;
const stepTimeout = 1000 * Number(process.env.HB_RUN_STEP_TIMEOUT || 20);
const BODY_EXCERPT = 400;

// --- what homebridge says: its logger, parsed into HTTP exchanges --------------------------------------------------

let exchanges = [];
let errors = [];

function text(value) {
    if (typeof value === 'string') return value;
    if (value instanceof Error) return value.message;
    try {
        return JSON.stringify(value);
    }
    catch {
        return String(value);
    }
}

// blink-api.js logs each request it sends as "METHOD path @ttl" (cache hits are not sent and not logged), then at
// debug level its options, the status line, the answer's headers and, for JSON or text, the body. Both levels arrive
// here through `info` because setLogger below is called with debug on; plain log lines are not about HTTP.
let expecting = null;

function heard(level, data) {
    if (level === 'error') {
        errors.push(data.map(text).join(' '));
        return;
    }
    if (level !== 'info' || data.length !== 1) return;
    const [first] = data;
    const last = exchanges[exchanges.length - 1];
    const request = typeof first === 'string' && /^(GET|POST|PUT|PATCH|DELETE) (\S+) @/.exec(first);
    if (request) {
        exchanges.push({method: request[1], path: request[2], status: null, body: null});
        expecting = 'status';
    }
    else if (expecting === 'status' && typeof first === 'string' && /^\d{3}\b/.test(first)) {
        last.status = Number(first.slice(0, 3));
        expecting = 'headers';
    }
    else if (expecting === 'status' && first !== null && typeof first === 'object') {
        // the request's options, logged before it is sent
    }
    else if (expecting === 'headers' && first !== null && typeof first === 'object') {
        expecting = /json|text/.test(first['content-type']) ? 'body' : null;
    }
    else {
        if (expecting === 'body' && typeof first === 'string') last.body = first;
        expecting = null;
    }
}

// setLogger must run before blink.js is required: blink-api.js copies the logger when it is loaded.
const logger = (...data) => heard('log', data);
logger.info = (...data) => heard('info', data);
logger.error = (...data) => heard('error', data);
require('homebridge-blink-for-home/src/log').setLogger(logger, true, true);
const {Blink} = require('homebridge-blink-for-home/src/blink');

// --- checks on what was sent and answered --------------------------------------------------------------------------

// An answer's body on one line, cut short: enough to say why a step failed.
function excerpt(body) {
    if (body === null) return null;
    const line = body.replace(/\s+/g, ' ');
    return line.length > BODY_EXCERPT ? `${line.slice(0, BODY_EXCERPT)}...` : line;
}

function describe(exchange) {
    const answer = exchange.status === null ? 'no answer' :
        `${exchange.status} ${excerpt(exchange.body) ?? '(binary body)'}`;
    return `${exchange.method} ${exchange.path} -> ${answer}`;
}

// The request of the step that matches, answered 2xx; its parsed JSON body when it has one.
function answered(method, pathPattern) {
    const sent = exchanges.filter(e => e.method === method && pathPattern.test(e.path.split('?')[0]));
    if (sent.length === 0) {
        const others = exchanges.map(e => `${e.method} ${e.path}`).join(', ') || 'nothing';
        throw new Error(`homebridge sent no ${method} matching ${pathPattern} (it sent ${others})`);
    }
    const exchange = sent[sent.length - 1];
    if (!(exchange.status >= 200 && exchange.status < 300)) throw new Error(`${describe(exchange)}`);
    try {
        return JSON.parse(exchange.body);
    }
    catch {
        return exchange.body;
    }
}

// homebridge's own command wait: GET /network/{n}/command/{id} every 400 ms while `complete` is false.
function polledUntilComplete() {
    const polls = exchanges.filter(e => e.method === 'GET' && /^\/network\/\d+\/command\/\d+$/.test(e.path));
    if (polls.length === 0) throw new Error('homebridge polled no command (GET /network/{n}/command/{id})');
    const failed = polls.find(e => !(e.status >= 200 && e.status < 300));
    if (failed) throw new Error(describe(failed));
    const last = JSON.parse(polls[polls.length - 1].body);
    if (last.complete !== true) throw new Error(`the last poll was not complete: ${describe(polls[polls.length - 1])}`);
}

// Both halves of a step run even when the first fails.
async function attempt(fn) {
    try {
        return {value: await fn()};
    }
    catch (error) {
        return {error};
    }
}

function check(condition, message) {
    if (!condition) throw new Error(message);
}

function isJpeg(bytes) {
    return Buffer.isBuffer(bytes) && bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]));
}

function isMp4(bytes) {
    return Buffer.isBuffer(bytes) && bytes.subarray(4, 8).toString('latin1') === 'ftyp';
}

function kind(bytes) {
    return Buffer.isBuffer(bytes) ? `${bytes.length} bytes starting ${bytes.subarray(0, 8).toString('hex')}` :
        `a ${typeof bytes}: ${text(bytes)?.slice(0, BODY_EXCERPT)}`;
}

// --- the run -------------------------------------------------------------------------------------------------------

const report = [];

function emit(step, name, ok, error, seen, said) {
    const sent = seen.map(e => ({...e, body: excerpt(e.body)}));
    const line = {step, name, ok, error, exchanges: sent, homebridge_errors: said.map(excerpt)};
    report.push(line);
    process.stdout.write(`${JSON.stringify(line)}\n`);
}

function timeout() {
    return new Promise((_, reject) => setTimeout(() => reject(new TimedOut()), stepTimeout).unref());
}

class TimedOut extends Error {
    constructor() {
        super(`homebridge was still busy after ${stepTimeout / 1000} s (it retries a refused command for 60 s)`);
    }
}

// Runs one homebridge action, then judges the steps it covers from its result and its exchanges. A judge throws to
// fail its step; the steps after a failed one still run when they can, so the report shows every failure at once.
async function act(action, judges) {
    exchanges = [];
    errors = [];
    let result;
    let failure;
    try {
        result = await Promise.race([action(), timeout()]);
    }
    catch (error) {
        failure = error;
    }
    const [seen, said] = [exchanges, errors];
    for (const [step, name, judge] of judges) {
        try {
            judge(result, failure);
            emit(step, name, true, null, seen, said);
        }
        catch (error) {
            // homebridge often swallows a refused request and fails later on (reading `media` of undefined):
            // name the refusals, so that the step says why.
            const refused = seen.filter(e => e.status !== null && !(e.status >= 200 && e.status < 300))
                .map(describe).filter(line => !error.message.includes(line));
            const why = refused.length ? ` (refused: ${refused.join('; ')})` : '';
            emit(step, name, false, `${error.message}${why}`, seen, said);
        }
    }
    // A step still running in the background would mix its requests into the next ones: stop the run here.
    if (failure instanceof TimedOut) {
        failure.steps = judges.map(([step]) => step).join(' and ');
        throw failure;
    }
    return result;
}

// Steps that cannot run, because what they need was not obtained.
function notRun(from, reason) {
    const names = STEP_NAMES.filter(([step]) => step >= from);
    for (const [step, name] of names) emit(step, name, false, `not run: ${reason}`, [], []);
}

const STEP_NAMES = [
    [1, 'v5 login from a new unique_id'], [2, 'PIN resend'], [3, 'PIN verify'], [4, 'homescreen'], [5, 'networks'],
    [6, 'arm'], [7, 'command polled until complete'], [8, 'armed in homescreen'], [9, 'disarm'],
    [10, 'thumbnail request and poll'], [11, 'media changed'], [12, 'thumbnail bytes'], [13, 'clip bytes'],
    [14, 'logout'],
];
const NAME = Object.fromEntries(STEP_NAMES);

function rethrow(failure) {
    if (failure) throw failure;
}

async function run() {
    // A never-seen device: Blink asks a new unique_id for the PIN it texts to the account's phone.
    const clientUUID = crypto.randomUUID();

    // First start, no PIN configured yet: homebridge logs in, sees the verification request, asks for the PIN to be
    // sent, and stops with "2FA required".
    const first = new Blink(clientUUID, {email, password, pin: undefined});
    let verificationAsked = false;
    await act(() => first.authenticate(), [
        [1, NAME[1], () => {
            const login = answered('POST', /^\/api\/v5\/account\/login$/);
            verificationAsked = login?.account?.client_verification_required === true;
            check(verificationAsked, `the login answered client_verification_required: ` +
                `${login?.account?.client_verification_required}, so homebridge asks for no PIN`);
        }],
        [2, NAME[2], (_, failure) => {
            check(verificationAsked, 'the login asked for no PIN, so homebridge sent no resend');
            answered('POST', /^\/api\/v4\/account\/\d+\/client\/\d+\/pin\/resend\/$/);
            check(/2FA required/.test(failure?.message), `authenticate() should stop with "2FA required", ` +
                `it ${failure ? `threw "${failure.message}"` : 'succeeded'}`);
        }],
    ]);
    await first.blinkAPI.reset();

    // Second start, with the PIN from the SMS in the configuration: login (reauth "true"), then PIN verify.
    const blink = new Blink(clientUUID, {email, password, pin});
    await act(() => blink.authenticate(), [
        [3, NAME[3], (login, failure) => {
            const again = answered('POST', /^\/api\/v5\/account\/login$/);
            check(again?.account?.client_verification_required === true, `the login of the still unverified ` +
                `client answered client_verification_required: ${again?.account?.client_verification_required}, ` +
                `so homebridge verifies no PIN`);
            const verify = answered('POST', /^\/api\/v4\/account\/\d+\/client\/\d+\/pin\/verify\/$/);
            check(verify?.valid === true, `the verify answer is not valid: ${text(verify)}`);
            rethrow(failure);
            check(login?.valid === true, `authenticate() returned valid: ${login?.valid}`);
        }],
    ]);
    if (!blink.blinkAPI.token) return notRun(4, 'homebridge holds no token (the login failed)');

    // Homebridge's start-up: the homescreen builds its networks and cameras.
    await act(() => blink.refreshData(), [
        [4, NAME[4], (_, failure) => {
            rethrow(failure);
            answered('GET', /^\/api\/v3\/accounts\/\d+\/homescreen$/);
            check(blink.networks?.size > 0 && blink.cameras?.size > 0, 'the homescreen has no network or camera');
        }],
    ]);
    const network = blink.networks && [...blink.networks.values()].find(n => n.cameras.some(c => !c.isCameraMini));
    if (!network) return notRun(5, 'the homescreen gave homebridge no network with a camera');
    const camera = network.cameras.find(c => !c.isCameraMini);

    await act(() => blink.blinkAPI.getNetworks(), [
        [5, NAME[5], (answer, failure) => {
            rethrow(failure);
            answered('GET', /^\/networks$/);
            check(answer?.networks?.some(n => n.id === network.id), `network ${network.id} is not in ${text(answer)}`);
        }],
    ]);

    // Arming from HomeKit: BlinkNetwork.setArmedState, which posts the command and waits for it with its own polls
    // (and does nothing when the homescreen already shows the network armed).
    const startedArmed = network.armed;
    await act(() => network.setArmedState(true), [
        [6, NAME[6], (_, failure) => {
            check(!startedArmed, `the homescreen shows network ${network.id} armed already: nothing to arm`);
            rethrow(failure);
            const command = answered('POST', /^\/api\/v1\/accounts\/\d+\/networks\/\d+\/state\/arm$/);
            check(command?.id || command?.command_id, `the arm answer names no command: ${text(command)}`);
        }],
        [7, NAME[7], () => polledUntilComplete()],
    ]);
    // Its own refresh after the command reuses its cached homescreen (100 s); the user's next status poll does not.
    await act(() => blink.blinkAPI.getAccountHomescreen(0), [
        [8, NAME[8], (homescreen, failure) => {
            rethrow(failure);
            answered('GET', /^\/api\/v3\/accounts\/\d+\/homescreen$/);
            const armed = homescreen?.networks?.find(n => n.id === network.id)?.armed;
            check(armed === true, `the homescreen shows network ${network.id} armed: ${armed}`);
        }],
    ]);

    await act(async () => {
        await blink.setArmedState(network.id, false);
        return blink.blinkAPI.getAccountHomescreen(0);
    }, [
        [9, NAME[9], (homescreen, failure) => {
            rethrow(failure);
            answered('POST', /^\/api\/v1\/accounts\/\d+\/networks\/\d+\/state\/disarm$/);
            polledUntilComplete();
            const armed = homescreen?.networks?.find(n => n.id === network.id)?.armed;
            check(armed === false, `after disarming, the homescreen shows network ${network.id} armed: ${armed}`);
        }],
    ]);

    // A snapshot asked from HomeKit: the thumbnail command, polled until complete.
    await act(() => camera.refreshThumbnail(true), [
        [10, NAME[10], (_, failure) => {
            rethrow(failure);
            answered('POST', /^\/network\/\d+\/camera\/\d+\/thumbnail$/);
            polledUntilComplete();
        }],
    ]);

    // The media list from the start of time, as homebridge asks for it: since=1970-01-01T00:00:01.000Z.
    await act(() => blink.blinkAPI.getMediaChange(0), [
        [11, NAME[11], (answer, failure) => {
            rethrow(failure);
            answered('GET', /^\/api\/v1\/accounts\/\d+\/media\/changed$/);
            check(answer?.media?.some(m => m.device_id === camera.cameraID && m.media),
                `no clip of camera ${camera.cameraID} in the media list`);
        }],
    ]);

    // The camera's snapshot as HomeKit shows it (the homescreen thumbnail), then after a motion event (the newest
    // media's thumbnail): both go through homebridge's rule that appends `.jpg` unless present.
    await act(async () => {
        const snapshot = await attempt(() => camera.getThumbnail());
        const motion = await attempt(async () => {
            const latest = await blink.getCameraLastMotion(network.id, camera.cameraID);
            check(latest?.thumbnail, `the newest media item of camera ${camera.cameraID} has no thumbnail`);
            return blink.getUrl(latest.thumbnail.replace(/\.jpg|$/, '.jpg'));
        });
        return {snapshot, motion};
    }, [
        [12, NAME[12], (result, failure) => {
            rethrow(failure);
            const {snapshot, motion} = result;
            const problems = [
                snapshot.error ? `camera thumbnail: ${snapshot.error.message}` :
                    !isJpeg(snapshot.value) && `the camera thumbnail is not a JPEG: ${kind(snapshot.value)}`,
                motion.error ? `newest media's thumbnail: ${motion.error.message}` :
                    !isJpeg(motion.value) && `the newest media's thumbnail is not a JPEG: ${kind(motion.value)}`,
            ].filter(Boolean);
            check(problems.length === 0, problems.join('; '));
        }],
    ]);

    // The newest clip of the camera, downloaded from the path the media list gives.
    await act(async () => {
        const path = await blink.getCameraLastVideo(network.id, camera.cameraID);
        return path && await blink.getUrl(path);
    }, [
        [13, NAME[13], (clip, failure) => {
            rethrow(failure);
            check(isMp4(clip), `the clip is not an MP4: ${kind(clip)}`);
        }],
    ]);

    await act(() => blink.logout(), [
        [14, NAME[14], (_, failure) => {
            rethrow(failure);
            answered('POST', /^\/api\/v4\/account\/\d+\/client\/\d+\/logout\/$/);
        }],
    ]);
    await blink.blinkAPI.reset();
}

run().catch(error => {
    // A timed-out step ends the run; the steps after it are reported as not run.
    const done = new Set(report.map(line => line.step));
    const next = STEP_NAMES.find(([step]) => !done.has(step));
    if (next) notRun(next[0], error instanceof TimedOut ? `homebridge was still busy with step ${error.steps}` :
        `the runner failed: ${error.stack}`);
}).finally(() => process.exit(report.length === STEP_NAMES.length && report.every(line => line.ok) ? 0 : 1));
