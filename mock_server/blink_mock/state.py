"""All mutable state of the mock in one place: accounts, devices, media, commands, tokens and faults.

One `MockState` holds everything, and `reset()` puts it back to the scenario it was built from. Collections
that grow with traffic (commands, OAuth sessions, the request log) are bounded, and so are tokens and app
clients, per account (the scenario bounds the accounts), so that a long-running mock keeps a flat memory profile
and one account's traffic never pushes out another account's tokens.
"""

from __future__ import annotations

import copy
import math
import secrets
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from blink_mock.era import DEVICE_LISTS, Rules, era_of, rules
from blink_mock.faults import Faults
from blink_mock.scenario import CameraKind, Scenario, ScenarioAccount, ScenarioNetwork, default_scenario
from blink_spec.eras import Era

MAX_COMMANDS = 2_000
MAX_TOKENS_PER_ACCOUNT = 10_000
MAX_CLIENTS_PER_ACCOUNT = 1_000  # app clients (unique_ids), the account's own app included
MAX_OAUTH_SESSIONS = 2_000
MAX_REQUEST_LOG = 500
MAX_MEDIA_PER_ACCOUNT = 5_000

T = TypeVar("T")
FIRST_ID = 7_000_000  # ids the mock assigns start above this, and above every id the scenario gives
PRODUCT_TYPES: dict[CameraKind, str] = {"camera": "catalina", "owl": "owl", "doorbell": "lotus"}
# The local-storage commands of a sync module; a manifest's id is the id of the command that made it.
MANIFEST_COMMAND = "local_storage_manifest"
UPLOAD_COMMAND = "local_storage_clip"
DELETE_COMMAND = "local_storage_clip_delete"
# Motion regions of a device before a client changes them: every region of the grid on (homebridge-blink-for-home's
# 2022 sample has 25 row masks of 12 bits).
ALL_MOTION_REGIONS = 2**25 - 1
ADVANCED_ROWS = 25
ALL_ROW_REGIONS = 4095
NOTIFICATION_FLAGS = (
    "low_battery",
    "camera_offline",
    "camera_usage",
    "scheduling",
    "motion",
    "sync_module_offline",
    "temperature",
    "doorbell",
    "wifi",
    "lfr",
    "bandwidth",
    "battery_dead",
    "local_storage",
)


@dataclass
class Account:
    id: int
    email: str
    password: str
    user_id: int
    client_id: int
    tier: str
    region: str
    two_factor: bool
    two_factor_code: str
    two_factor_status: int  # 202 (tsv JSON, 2026-06 onwards) or 412 (older) when sign-in needs the code
    phone: str
    failed_logins: int = 0
    locked_until: float = 0.0
    notification_key: str | None = None  # the push key the app registers through /client/{id}/update


@dataclass
class AppClient:
    """One app installation of an account, known to Blink by the `unique_id` a password login sends. A new one
    must verify a PIN before Blink trusts it (blinkpy #917: a new `unique_id` was asked again, whatever `reauth`
    said); the account's own app (its `client_id` in the scenario) is verified from the start."""

    id: int
    account_id: int
    unique_id: str
    verified: bool


@dataclass
class Network:
    id: int
    account_id: int
    name: str
    armed: bool
    time_zone: str
    dst: bool = True
    lv_save: bool = False
    lv_mode: str = "relay"
    created_at: float = 0.0
    updated_at: float = 0.0


@dataclass
class SyncModule:
    id: int
    account_id: int
    network_id: int
    name: str
    serial: str
    status: str = "online"
    fw_version: str = "4.4.8"
    type: str = "sm2"
    local_storage_enabled: bool = False
    local_storage_compatible: bool = True
    local_storage_status: str = "unavailable"
    created_at: float = 0.0
    updated_at: float = 0.0


@dataclass
class Camera:
    id: int
    account_id: int
    network_id: int
    name: str
    kind: CameraKind
    serial: str
    enabled: bool = True
    product_type: str = "catalina"  # camera model as Blink names it: catalina, owl, lotus, ...
    fw_version: str = "10.82"
    battery: str = "ok"
    battery_voltage: int = 163
    temperature: int = 68
    wifi: int = 4
    lfr: int = 5
    thumbnail_at: float = 0.0
    created_at: float = 0.0
    updated_at: float = 0.0
    settings: dict[str, Any] = field(default_factory=dict)  # config values a client changed (video_quality, ...)
    motion_regions: int = ALL_MOTION_REGIONS
    advanced_motion_regions: list[int] = field(default_factory=lambda: [ALL_ROW_REGIONS] * ADVANCED_ROWS)
    lights_on: bool = False  # a wired floodlight's lamp (only the floodlight calls set it; nothing reports it)

    @property
    def thumbnail_path(self) -> str:
        return (
            f"/api/v3/media/accounts/{self.account_id}/networks/{self.network_id}/{self.product_type}/{self.id}"
            f"/thumbnail/thumbnail.jpg?ts={int(self.thumbnail_at)}&ext="
        )


@dataclass
class Media:
    id: int
    account_id: int
    network_id: int
    camera_id: int
    device_name: str
    device: str
    source: str  # pir, snapshot, liveview
    created_at: float
    updated_at: float
    deleted: bool = False
    watched: bool = False
    product_type: str = "catalina"  # of the device that recorded it: a segment of its download paths
    on_local_storage: bool = True  # still on the sync module's USB stick (where the network has one)

    @property
    def _base(self) -> str:
        # The form media lists carry since 2022 (homebridge-blink-for-home's MEDIA_CHANGE sample): by account,
        # network, product type, device and source. The thumbnail keeps the empty `ext` of that sample.
        return (
            f"/api/v3/media/accounts/{self.account_id}/networks/{self.network_id}/{self.product_type}"
            f"/{self.camera_id}/{self.source}/{self.id}"
        )

    @property
    def clip_path(self) -> str:
        return f"{self._base}.mp4"

    @property
    def thumb_path(self) -> str:
        return f"{self._base}.jpg?ext="

    @property
    def event_path(self) -> str:
        """The 2016-2021 form: clients append `.mp4` for the clip and `.jpg` for its thumbnail."""
        return (
            f"/media/production/account/{self.account_id}/network/{self.network_id}/camera/{self.camera_id}"
            f"/clip_{self.id}"
        )


@dataclass
class Siren:
    id: int
    account_id: int
    network_id: int
    name: str
    duration: int = 30  # seconds it sounds when activated without a duration
    sounding_until: float = 0.0  # activated until then (only the state dump shows it)
    created_at: float = 0.0
    updated_at: float = 0.0


@dataclass
class Program:
    id: int
    account_id: int
    network_id: int
    name: str
    status: str
    schedule: list[dict[str, Any]]
    format: str = "v1"
    created_at: float = 0.0
    updated_at: float = 0.0


@dataclass
class Command:
    id: int
    account_id: int
    network_id: int
    command: str
    created_at: float
    camera_id: int | None = None
    sync_module_id: int | None = None
    polls: int = 0
    finished: bool = False
    failed: bool = False
    effect: Callable[[], None] | None = None
    sub_command_ids: list[int] = field(default_factory=list)
    media_id: int | None = None
    streaming: bool = False  # a live view: never done by polls or time, only by mark_command_done


@dataclass(slots=True)
class Token:
    value: str
    account_id: int
    kind: Literal["access", "refresh", "legacy"]
    expires_at: float
    hardware_id: str = ""
    client_id: int | None = None  # the app client a password login issued it to


class TokenBook(MutableMapping[str, Token]):
    """The tokens in force, by value, at most MAX_TOKENS_PER_ACCOUNT per account: an account over it loses its
    expired tokens first, then its oldest, and never another account's. A mapping, so that tests can look tokens
    up and delete them as from a dict."""

    def __init__(self, now: Callable[[], float], per_account: int = MAX_TOKENS_PER_ACCOUNT) -> None:
        self._now = now
        self._per_account = per_account
        self._all: dict[str, Token] = {}
        self._by_account: dict[int, OrderedDict[str, Token]] = {}
        # No token of the account expires before this: while it lies ahead, making room needs no scan.
        self._earliest: dict[int, float] = {}

    def add(self, token: Token) -> None:
        self._all[token.value] = token
        mine = self._by_account.setdefault(token.account_id, OrderedDict())
        mine[token.value] = token
        self._earliest[token.account_id] = min(self._earliest.get(token.account_id, math.inf), token.expires_at)
        if len(mine) > self._per_account:
            self._make_room(token.account_id, mine)

    def _make_room(self, account_id: int, mine: OrderedDict[str, Token]) -> None:
        now = self._now()
        if self._earliest[account_id] <= now:
            for value in [value for value, token in mine.items() if token.expires_at <= now]:
                self.pop(value)
            self._earliest[account_id] = min((token.expires_at for token in mine.values()), default=math.inf)
        while len(mine) > self._per_account:
            self.pop(next(iter(mine)))

    def expire(self, account_id: int | None, at: float) -> int:
        """Make the access and legacy tokens (of one account, or all) expire at `at`; how many."""
        count = 0
        for owner, mine in self._by_account.items():
            if account_id in (None, owner):
                for token in mine.values():
                    if token.kind != "refresh":
                        token.expires_at = at
                        count += 1
                self._earliest[owner] = min(self._earliest[owner], at)
        return count

    def drop_client(self, account_id: int, client_id: int) -> None:
        """Forget every token issued to an app client that is gone."""
        mine = self._by_account.get(account_id, OrderedDict())
        for value in [value for value, token in mine.items() if token.client_id == client_id]:
            self.pop(value)

    def __getitem__(self, value: str) -> Token:
        return self._all[value]

    def __setitem__(self, value: str, token: Token) -> None:
        if value != token.value:
            raise ValueError("a token is stored under its own value")
        self.pop(value, None)
        self.add(token)

    def __delitem__(self, value: str) -> None:
        token = self._all.pop(value)
        mine = self._by_account[token.account_id]
        del mine[value]
        if not mine:
            del self._by_account[token.account_id], self._earliest[token.account_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all)

    def __len__(self) -> int:
        return len(self._all)


@dataclass
class OAuthSession:
    cookie: str
    client_id: str
    code_challenge: str
    redirect_uri: str
    hardware_id: str
    csrf_token: str
    account_id: int | None = None
    awaiting_two_factor: bool = False
    signed_in: bool = False
    code: str | None = None


@dataclass
class RequestRecord:
    method: str
    path: str
    status: int


class MockState:
    """The in-memory Blink of one era: built from a scenario, reset back to it.

    `era` (an `Era`, or `YYYY-MM`, `YYYY-MM-DD`, `today`) is the day whose Blink the mock plays; without one, the
    scenario's `era:`, else today's Blink. Changing `state.era` changes the rules at once and the world (the
    device kinds that existed) at the next `reset()`."""

    def __init__(self, scenario: Scenario | None = None, era: Era | str | None = None) -> None:
        self.scenario = scenario or default_scenario()
        self.era = era if era is not None else self.scenario.era
        self.reset()

    @classmethod
    def from_scenario(cls, scenario: Scenario, era: Era | str | None = None) -> MockState:
        """A state holding the world `scenario` describes (`MockState()` is the embedded default scenario's)."""
        return cls(scenario, era)

    @property
    def era(self) -> Era:
        return self._era

    @era.setter
    def era(self, value: Era | str | None) -> None:
        self._era = era_of(value)
        self.rules: Rules = rules(self._era)

    # -- lifecycle -------------------------------------------------------------------------------------------
    def reset(self) -> None:
        """Forget everything that happened and rebuild the scenario's world."""
        self.clock_offset = 0.0
        self._next_id = max([FIRST_ID, *_given_ids(self.scenario)])
        self.accounts: dict[int, Account] = {}
        self.networks: dict[int, Network] = {}
        self.sync_modules: dict[int, SyncModule] = {}
        self.cameras: dict[int, Camera] = {}
        self.media: dict[int, Media] = {}
        self.programs: dict[int, Program] = {}
        self.sirens: dict[int, Siren] = {}
        self.notifications: dict[int, dict[str, bool]] = {}
        self.client_options: dict[int, str] = {}
        self.clients: dict[int, AppClient] = {}
        # (account, unique_id) -> app client, oldest first: the new app clients of password logins
        self._new_clients: dict[int, OrderedDict[str, AppClient]] = {}
        self.commands: OrderedDict[int, Command] = OrderedDict()
        # The commands not finished yet, so that settling on every request does not walk the finished ones.
        self._unfinished: OrderedDict[int, Command] = OrderedDict()
        self.tokens = TokenBook(self.now)
        self.oauth_sessions: OrderedDict[str, OAuthSession] = OrderedDict()
        self.oauth_codes: dict[str, OAuthSession] = {}
        self.requests: deque[RequestRecord] = deque(maxlen=MAX_REQUEST_LOG)
        self.faults: Faults = self.scenario.faults.copy()
        for account in self.scenario.accounts:
            self._add_account(account)

    def _add_account(self, given: ScenarioAccount) -> None:
        account = Account(
            id=self._id(given.id),
            email=given.email,
            password=given.password,
            user_id=self._id(given.user_id),
            client_id=self._id(given.client_id),
            tier=given.tier,
            region=given.region,
            two_factor=given.two_factor,
            two_factor_code=given.two_factor_code,
            two_factor_status=given.two_factor_status,
            phone=given.phone,
        )
        self.accounts[account.id] = account
        self.clients[account.client_id] = AppClient(account.client_id, account.id, "", verified=True)
        self.notifications[account.id] = dict.fromkeys(NOTIFICATION_FLAGS, True)
        for network in given.networks:
            self._add_network(account, network)

    def _add_network(self, account: Account, given: ScenarioNetwork) -> None:
        now = self.now()
        network = Network(
            id=self._id(given.id),
            account_id=account.id,
            name=given.name,
            armed=given.armed,
            time_zone=given.time_zone,
            created_at=now - 400 * 86400,
            updated_at=now - 86400,
        )
        self.networks[network.id] = network
        if given.sync_module is not None:
            module = SyncModule(
                id=self._id(given.sync_module.id),
                account_id=account.id,
                network_id=network.id,
                name=given.sync_module.name or f"{network.name} Sync",
                serial=given.sync_module.serial or f"G8T1-{network.id:08d}",
                local_storage_status=given.sync_module.local_storage_status,
                created_at=now - 400 * 86400,
                updated_at=now - 3600,
            )
            self.sync_modules[module.id] = module
        by_name: dict[str, Camera] = {}
        kinds = self.era.device_kinds
        for given_camera in given.cameras:
            if DEVICE_LISTS[given_camera.kind] not in kinds:
                continue  # a kind of device Blink did not sell yet: the world is the scenario's without it
            camera = Camera(
                id=self._id(given_camera.id),
                account_id=account.id,
                network_id=network.id,
                name=given_camera.name,
                kind=given_camera.kind,
                serial=given_camera.serial or f"B0{len(self.cameras):06d}",
                enabled=given_camera.enabled,
                product_type=PRODUCT_TYPES[given_camera.kind],
                thumbnail_at=now - 600,
                created_at=now - 300 * 86400,
                updated_at=now - 600,
            )
            self.cameras[camera.id] = camera
            by_name[camera.name] = camera
        for clip in given.clips:
            if clip.camera not in by_name:
                continue
            self.add_media(by_name[clip.camera], clip.source, created_at=now - 60 * clip.minutes_ago)
        for given_program in given.programs:
            program = Program(
                id=self._id(given_program.id),
                account_id=account.id,
                network_id=network.id,
                name=given_program.name,
                status=given_program.status,
                schedule=copy.deepcopy(list(given_program.schedule)),
                created_at=now - 30 * 86400,
                updated_at=now - 30 * 86400,
            )
            self.programs[program.id] = program
        for given_siren in given.sirens:
            siren = Siren(
                id=self._id(given_siren.id),
                account_id=account.id,
                network_id=network.id,
                name=given_siren.name,
                duration=given_siren.duration,
                created_at=now - 200 * 86400,
                updated_at=now - 200 * 86400,
            )
            self.sirens[siren.id] = siren

    def _id(self, given: int | None) -> int:
        return self.new_id() if given is None else given

    # -- time and ids ----------------------------------------------------------------------------------------
    def now(self) -> float:
        return time.time() + self.clock_offset

    def advance(self, seconds: float) -> None:
        """Move the mock's clock forward (token expiry, time-based command completion)."""
        self.clock_offset += seconds

    def new_id(self) -> int:
        self._next_id += 1
        return self._next_id

    # -- lookups scoped to an account ------------------------------------------------------------------------
    def network_of(self, account_id: int, network_id: int) -> Network | None:
        network = self.networks.get(network_id)
        return network if network is not None and network.account_id == account_id else None

    def camera_of(self, account_id: int, network_id: int, camera_id: int, kind: CameraKind) -> Camera | None:
        camera = self.cameras.get(camera_id)
        if camera is None or camera.account_id != account_id or camera.network_id != network_id:
            return None
        return camera if camera.kind == kind else None

    def networks_of(self, account_id: int) -> list[Network]:
        return [n for n in self.networks.values() if n.account_id == account_id]

    def sync_modules_of(self, account_id: int) -> list[SyncModule]:
        return [s for s in self.sync_modules.values() if s.account_id == account_id]

    def cameras_of(self, account_id: int, kind: CameraKind | None = None) -> list[Camera]:
        return [c for c in self.cameras.values() if c.account_id == account_id and kind in (None, c.kind)]

    def media_of(self, account_id: int) -> list[Media]:
        return sorted(
            (m for m in self.media.values() if m.account_id == account_id), key=lambda m: (-m.created_at, -m.id)
        )

    def thumbnail_of(self, camera: Camera, *, event_path: bool = False) -> str:
        """The `thumbnail` a camera is listed with: the 2022 camera path once Blink served it, and before that (or
        in an answer of the 2016-2019 shape, `event_path`) the event path of the camera's newest picture, without
        extension (blinkpy 0.14 and 0.16 append `.jpg`); a camera without any clip keeps the 2022 form, which
        eras before 2022-03 answer with 404."""
        if not event_path and "get_camera_thumbnail_image" in self.rules.live:
            return camera.thumbnail_path
        pictures = [m for m in self.media_of(camera.account_id) if m.camera_id == camera.id and not m.deleted]
        return pictures[0].event_path if pictures else camera.thumbnail_path

    def programs_of(self, network_id: int) -> list[Program]:
        return [p for p in self.programs.values() if p.network_id == network_id]

    def sirens_of(self, account_id: int, network_id: int | None = None) -> list[Siren]:
        return sorted(
            (s for s in self.sirens.values() if s.account_id == account_id and network_id in (None, s.network_id)),
            key=lambda s: s.id,
        )

    def account_by_email(self, email: str) -> Account | None:
        return next((a for a in self.accounts.values() if a.email.lower() == email.strip().lower()), None)

    # -- app clients ---------------------------------------------------------------------------------------
    def client_of(self, account: Account, unique_id: str | None) -> AppClient:
        """The app client of this `unique_id`, made on its first login: verified at once only when the account
        asks for no second factor. A login without a `unique_id` (before 2020) is the account's own app."""
        if not unique_id:
            return self.clients[account.client_id]
        mine = self._new_clients.setdefault(account.id, OrderedDict())
        found = mine.get(unique_id)
        if found is None or found.id not in self.clients:
            found = AppClient(self.new_id(), account.id, unique_id, verified=not account.two_factor)
            self.clients[found.id] = mine[unique_id] = found
            # Beyond the bound the oldest new client goes, and its tokens with it: a token whose client is gone
            # must not pass for a verified client's. The account's own app stays.
            while len(mine) >= MAX_CLIENTS_PER_ACCOUNT:
                _, oldest = mine.popitem(last=False)
                self.clients.pop(oldest.id, None)
                self.tokens.drop_client(account.id, oldest.id)
        return found

    # -- tokens ----------------------------------------------------------------------------------------------
    def issue_token(
        self,
        account_id: int,
        kind: Literal["access", "refresh", "legacy"],
        hardware_id: str = "",
        client_id: int | None = None,
    ) -> Token:
        ttl = self.scenario.token_lifetime_seconds if kind != "refresh" else 90 * 24 * 3600
        token = Token(secrets.token_urlsafe(24), account_id, kind, self.now() + ttl, hardware_id, client_id)
        self.tokens.add(token)
        return token

    def token_account(self, value: str, kinds: tuple[str, ...] = ("access", "legacy")) -> Account | None:
        token = self.tokens.get(value)
        if token is None or token.kind not in kinds or token.expires_at <= self.now():
            return None
        return self.accounts.get(token.account_id)

    def is_legacy_token(self, value: str) -> bool:
        token = self.tokens.get(value)
        return token is not None and token.kind == "legacy"

    def token_verified(self, value: str) -> bool:
        """Whether the app client a password login's token was issued to has verified its PIN (a token of no
        particular client, or of the account's own app, counts as verified)."""
        token = self.tokens.get(value)
        client = self.clients.get(token.client_id) if token is not None and token.client_id else None
        return client is None or client.verified

    def expire_tokens(self, account_id: int | None = None) -> int:
        """Make every access token (of one account, or all) expire now, as Blink does after about a day."""
        return self.tokens.expire(account_id, self.now() - 1)

    # -- commands --------------------------------------------------------------------------------------------
    def start_command(
        self,
        account_id: int,
        network_id: int,
        command: str,
        *,
        camera_id: int | None = None,
        effect: Callable[[], None] | None = None,
        sub_commands: int = 0,
    ) -> Command:
        cmd = Command(self.new_id(), account_id, network_id, command, self.now(), camera_id=camera_id, effect=effect)
        cmd.sub_command_ids = [self.new_id() for _ in range(sub_commands)]
        failing = self.faults.failing_commands
        cmd.failed = "*" in failing or command in failing
        _bounded_put(self.commands, cmd.id, cmd, MAX_COMMANDS)
        _bounded_put(self._unfinished, cmd.id, cmd, MAX_COMMANDS)
        return cmd

    def poll_command(self, cmd: Command) -> Command:
        """One poll of a command: it finishes after the scenario's number of polls or seconds."""
        cmd.polls += 1
        self._maybe_finish(cmd)
        return cmd

    @property
    def command_seconds(self) -> float | None:
        """Seconds after which a command is done, polled or not: the scenario's, else the era's, unless the
        scenario counts polls only. Blink runs commands itself, and the clients up to 2020 never polled
        (`command_completion` in the spec)."""
        if self.scenario.command_seconds is not None or self.scenario.command_polls is not None:
            return self.scenario.command_seconds
        return self.era.command_seconds

    def settle(self) -> None:
        """Finish the commands whose time has come, so that their effects show everywhere."""
        if self.command_seconds is None:
            return
        for cmd in list(self._unfinished.values()):
            self._maybe_finish(cmd)

    def _maybe_finish(self, cmd: Command) -> None:
        if cmd.finished or cmd.streaming:
            return
        polls = self.scenario.command_polls
        by_polls = polls is not None and cmd.polls >= polls
        seconds = self.command_seconds
        by_time = seconds is not None and self.now() - cmd.created_at >= seconds
        if by_polls or by_time:
            self.finish_command(cmd)

    def finish_command(self, cmd: Command) -> None:
        """End a command now (its time came, or a client marked it done), applying its effect unless it fails."""
        if cmd.finished:
            return
        cmd.finished = True
        self._unfinished.pop(cmd.id, None)
        if not cmd.failed and cmd.effect is not None:
            cmd.effect()
        cmd.effect = None

    # -- OAuth -----------------------------------------------------------------------------------------------
    def new_oauth_session(self, **values: Any) -> OAuthSession:
        session = OAuthSession(cookie=secrets.token_urlsafe(18), csrf_token=secrets.token_urlsafe(18), **values)
        _bounded_put(self.oauth_sessions, session.cookie, session, MAX_OAUTH_SESSIONS)
        return session

    # -- media -----------------------------------------------------------------------------------------------
    def add_media(self, camera: Camera, source: str, created_at: float | None = None) -> Media:
        stamp = self.now() if created_at is None else created_at
        item = Media(
            id=self.new_id(),
            account_id=camera.account_id,
            network_id=camera.network_id,
            camera_id=camera.id,
            device_name=camera.name,
            device=camera.product_type,  # `catalina`, `owl`, `lotus`, as media lists name it since 2022
            source=source,
            created_at=stamp,
            updated_at=stamp,
            product_type=camera.product_type,
        )
        self.media[item.id] = item
        owned = [m for m in self.media.values() if m.account_id == camera.account_id]
        if len(owned) > MAX_MEDIA_PER_ACCOUNT:
            oldest = min(owned, key=lambda m: (m.created_at, m.id))
            del self.media[oldest.id]
        return item

    # -- the request log -------------------------------------------------------------------------------------
    def log_request(self, method: str, path: str, status: int) -> None:
        self.requests.append(RequestRecord(method, path, status))

    def dump(self) -> dict[str, Any]:
        """A JSON-able picture of the state for /__mock__/state (no secrets beyond the scenario's own)."""
        return {
            "era": {"name": self.era.name, "day": self.era.day.isoformat()},
            "clock_offset": self.clock_offset,
            "accounts": [_public(a, ("password", "two_factor_code")) for a in self.accounts.values()],
            "networks": [_public(n) for n in self.networks.values()],
            "sync_modules": [_public(s) for s in self.sync_modules.values()],
            "cameras": [_public(c) for c in self.cameras.values()],
            "media": [_public(m) for m in self.media.values()],
            "programs": [_public(p) for p in self.programs.values()],
            "sirens": [_public(s) for s in self.sirens.values()],
            "commands": [_public(c, ("effect",)) for c in self.commands.values()],
            "tokens": len(self.tokens),
            "oauth_sessions": len(self.oauth_sessions),
            "faults": _public(self.faults),
        }


def _given_ids(scenario: Scenario) -> list[int]:
    """Every id the scenario names, so that the ids the mock assigns never collide with one of them."""
    ids: list[int | None] = []
    for account in scenario.accounts:
        ids += [account.id, account.user_id, account.client_id]
        for network in account.networks:
            ids += [network.id, network.sync_module.id if network.sync_module else None]
            ids += [camera.id for camera in network.cameras] + [program.id for program in network.programs]
            ids += [siren.id for siren in network.sirens]
    return [given for given in ids if given is not None]


def _bounded_put(store: OrderedDict[Any, T], key: Any, value: T, limit: int) -> None:
    store[key] = value
    while len(store) > limit:
        store.popitem(last=False)


def _public(obj: Any, hidden: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: v for k, v in vars(obj).items() if k not in hidden and not callable(v)}
