// homebridge-blink-for-home 3.9.2 (Blink of 2021 to 2025-10: the v5 login, a PIN for a new client), unmodified,
// through the matrix's six steps, with the same one-JSON-line-per-step report as the Python drivers (driving.py).
//
// Run from the repository root with the pinned plugin on NODE_PATH and the redirect of the plugin's own test
// preloaded:
//   NODE_PATH=mock_server/tests/homebridge/node_modules \
//   node --require ./mock_server/tests/homebridge/redirect-blink.js mock_server/tests/eras/drive_homebridge.js
// Environment: BLINK_MOCK_PORT, BLINK_MOCK_CA (for redirect-blink.js), ERA_EMAIL, ERA_PASSWORD, ERA_CODE.
// `exchanges` stay empty here (the mock's request log has them); `said` is everything the plugin logged, its debug
// log included, which carries each answer's status line and body.
'use strict';
const crypto = require('crypto');

const STEPS = ['login', 'start', 'arm', 'disarm', 'snapshot', 'clips'];
const ESSENTIAL = ['login', 'start'];
const EXCERPT = 300;
const CAMERA = 'Front Door';

let said = [];
const text = value => (typeof value === 'string' ? value : value instanceof Error ? value.message : JSON.stringify(value));
const excerpt = line => (line.length > EXCERPT ? `${line.slice(0, EXCERPT)}...` : line);
const heard = (...data) => said.push(excerpt(data.map(text).join(' ').replace(/\s+/g, ' ')));
const logger = heard;
logger.info = heard;
logger.error = heard;
// setLogger must run before blink.js is loaded: blink-api.js copies the logger then.
require('homebridge-blink-for-home/src/log').setLogger(logger, true, true);
const {Blink} = require('homebridge-blink-for-home/src/blink');

const reported = [];
let stopped = null;
let allOk = true;

function emit(step, ok, detail) {
    process.stdout.write(`${JSON.stringify({step, offered: true, ok, detail, exchanges: [], said})}\n`);
    reported.push(step);
    said = [];
    allOk = allOk && ok;
}

async function step(name, action) {
    if (stopped) return emit(name, false, `not run: ${stopped}`);
    try {
        emit(name, true, await action());
    }
    catch (error) {
        if (ESSENTIAL.includes(name)) stopped = `${name} failed`;
        emit(name, false, error.message);
    }
}

function check(condition, message) {
    if (!condition) throw new Error(message);
}

async function run() {
    const uuid = crypto.randomUUID();
    const email = process.env.ERA_EMAIL;
    const password = process.env.ERA_PASSWORD;
    const blink = new Blink(uuid, {email, password});
    let camera;

    await step('login', async () => {
        // The first start of a new client: the login asks for the PIN, which the plugin has sent by SMS.
        let first;
        try {
            first = await blink.authenticate();
        }
        catch (error) {
            check(/2FA required/.test(error.message), `authenticate() threw: ${error.message}`);
        }
        check(first === undefined, `authenticate() resolved with ${text(first)} and asked for no PIN; ` +
            `homebridge holds ${blink.blinkAPI.token ? 'a' : 'no'} token`);
        // The next start, with the PIN in the configuration (authenticate refuses a login within 5 s of the last).
        blink.blinkAPI.auth.pin = process.env.ERA_CODE;
        blink.nextLoginAttempt = 0;
        const login = await blink.authenticate();
        check(login?.valid === true, `the PIN was not accepted: ${text(login)}`);
        return `token for account ${login.account?.account_id}, PIN verified`;
    });
    await step('start', async () => {
        await blink.refreshData();
        camera = [...blink.cameras.values()].find(c => c.data.name === CAMERA);
        check(camera, `no camera ${CAMERA}: ${[...blink.cameras.values()].map(c => c.data.name)}`);
        return `networks ${[...blink.networks.keys()]}, cameras ${[...blink.cameras.values()].map(c => c.data.name)}`;
    });
    for (const [name, value] of [['arm', true], ['disarm', false]]) {
        await step(name, async () => {
            // setArmedState polls the command until complete; the homescreen (uncached) shows the result.
            await blink.setArmedState(camera.networkID, value);
            const homescreen = await blink.blinkAPI.getAccountHomescreen(0);
            const armed = homescreen.networks.find(n => n.id === camera.networkID)?.armed;
            check(armed === value, `after setArmedState(${value}) the homescreen says armed ${armed}`);
            return `network ${camera.networkID} armed: ${armed}`;
        });
    }
    await step('snapshot', async () => {
        await blink.refreshCameraThumbnail(camera.networkID, camera.cameraID, true);
        const image = await camera.getThumbnail();
        check(Buffer.isBuffer(image) && image.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
            'the thumbnail is not a JPEG');
        return `thumbnail ${camera.thumbnail}`;
    });
    await step('clips', async () => {
        const url = await blink.getCameraLastVideo(camera.networkID, camera.cameraID);
        check(url, 'no clip of the camera in the media list');
        const clip = await blink.getUrl(url);
        check(Buffer.isBuffer(clip) && clip.subarray(4, 8).toString('latin1') === 'ftyp', 'the clip is not an MP4');
        return `clip ${url}`;
    });
    await blink.blinkAPI.reset();
}

run().catch(error => heard(`the driver failed: ${error.stack}`)).finally(() => {
    for (const name of STEPS.filter(s => !reported.includes(s))) emit(name, false, `not run: ${stopped || 'the driver stopped'}`);
    process.exit(allOk ? 0 : 1);
});
