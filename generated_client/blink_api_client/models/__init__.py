"""Contains all the data models used in inputs/outputs"""

from .account_client import AccountClient
from .account_client_list import AccountClientList
from .account_options import AccountOptions
from .account_options_advanced_motion_regions import AccountOptionsAdvancedMotionRegions
from .account_registration import AccountRegistration
from .account_status import AccountStatus
from .account_status_account import AccountStatusAccount
from .account_status_client import AccountStatusClient
from .account_update import AccountUpdate
from .app_update_check import AppUpdateCheck
from .app_version import AppVersion
from .busy_error import BusyError
from .camera_config import CameraConfig
from .camera_config_response import CameraConfigResponse
from .camera_config_update import CameraConfigUpdate
from .camera_info import CameraInfo
from .camera_list import CameraList
from .camera_signals import CameraSignals
from .camera_status import CameraStatus
from .camera_usage import CameraUsage
from .camera_usage_camera import CameraUsageCamera
from .camera_usage_network import CameraUsageNetwork
from .camera_usage_reference import CameraUsageReference
from .chime_addition import ChimeAddition
from .client import Client
from .client_options import ClientOptions
from .client_options_blob import ClientOptionsBlob
from .client_options_blob_camera_order import ClientOptionsBlobCameraOrder
from .client_options_update import ClientOptionsUpdate
from .client_update_request import ClientUpdateRequest
from .client_update_result import ClientUpdateResult
from .command import Command
from .command_short import CommandShort
from .command_status import CommandStatus
from .command_status_commands_item_type_1 import CommandStatusCommandsItemType1
from .command_update import CommandUpdate
from .device_identity import DeviceIdentity
from .doorbell_config import DoorbellConfig
from .error import Error
from .homescreen import Homescreen
from .homescreen_accessories import HomescreenAccessories
from .homescreen_accessories_rosie_item import HomescreenAccessoriesRosieItem
from .homescreen_accessories_storm_item import HomescreenAccessoriesStormItem
from .homescreen_account import HomescreenAccount
from .homescreen_camera import HomescreenCamera
from .homescreen_camera_issues_item import HomescreenCameraIssuesItem
from .homescreen_chimes_item import HomescreenChimesItem
from .homescreen_device_limits import HomescreenDeviceLimits
from .homescreen_doorbell_buttons_item import HomescreenDoorbellButtonsItem
from .homescreen_entitlements import HomescreenEntitlements
from .homescreen_network import HomescreenNetwork
from .homescreen_owl import HomescreenOwl
from .homescreen_owl_issues_item import HomescreenOwlIssuesItem
from .homescreen_signals import HomescreenSignals
from .homescreen_sirens_item import HomescreenSirensItem
from .homescreen_subscriptions import HomescreenSubscriptions
from .homescreen_sync_module import HomescreenSyncModule
from .homescreen_tiv_lock_status import HomescreenTivLockStatus
from .homescreen_video_stats import HomescreenVideoStats
from .homescreen_whats_new import HomescreenWhatsNew
from .legacy_device import LegacyDevice
from .legacy_homescreen import LegacyHomescreen
from .legacy_homescreen_account import LegacyHomescreenAccount
from .legacy_homescreen_network import LegacyHomescreenNetwork
from .legacy_login_network import LegacyLoginNetwork
from .legacy_login_request import LegacyLoginRequest
from .legacy_login_response import LegacyLoginResponse
from .legacy_login_response_account import LegacyLoginResponseAccount
from .legacy_login_response_client import LegacyLoginResponseClient
from .legacy_login_response_networks import LegacyLoginResponseNetworks
from .legacy_login_response_region import LegacyLoginResponseRegion
from .legacy_video import LegacyVideo
from .live_view_request import LiveViewRequest
from .live_view_session import LiveViewSession
from .live_view_session_options import LiveViewSessionOptions
from .local_storage_clip import LocalStorageClip
from .local_storage_manifest import LocalStorageManifest
from .local_storage_status import LocalStorageStatus
from .local_storage_status_storage import LocalStorageStatusStorage
from .lockout_error import LockoutError
from .login_auth_token import LoginAuthToken
from .login_v3_request import LoginV3Request
from .login_v4_request import LoginV4Request
from .login_v4_response import LoginV4Response
from .login_v4_response_account import LoginV4ResponseAccount
from .login_v4_response_client import LoginV4ResponseClient
from .login_v4_response_region import LoginV4ResponseRegion
from .login_v5_request import LoginV5Request
from .login_v5_response import LoginV5Response
from .login_v5_response_account import LoginV5ResponseAccount
from .login_v5_response_account_user import LoginV5ResponseAccountUser
from .login_v5_response_auth import LoginV5ResponseAuth
from .login_v5_response_phone import LoginV5ResponsePhone
from .login_v5_response_verification import LoginV5ResponseVerification
from .login_v5_response_verification_email import LoginV5ResponseVerificationEmail
from .login_v5_response_verification_phone import LoginV5ResponseVerificationPhone
from .media_changed_response import MediaChangedResponse
from .media_delete_request import MediaDeleteRequest
from .media_item import MediaItem
from .media_item_metadata_type_0 import MediaItemMetadataType0
from .message import Message
from .motion_regions import MotionRegions
from .network import Network
from .network_detail import NetworkDetail
from .network_event import NetworkEvent
from .network_events import NetworkEvents
from .network_list import NetworkList
from .network_list_summary import NetworkListSummary
from .network_summary import NetworkSummary
from .network_update import NetworkUpdate
from .network_update_result import NetworkUpdateResult
from .notification_acknowledgement import NotificationAcknowledgement
from .notification_config import NotificationConfig
from .notification_config_update import NotificationConfigUpdate
from .notification_flags import NotificationFlags
from .o_auth_error import OAuthError
from .o_auth_sign_in_form import OAuthSignInForm
from .o_auth_token_form import OAuthTokenForm
from .o_auth_token_response import OAuthTokenResponse
from .o_auth_two_factor_challenge import OAuthTwoFactorChallenge
from .o_auth_verify_form import OAuthVerifyForm
from .o_auth_verify_result import OAuthVerifyResult
from .onboarding_start import OnboardingStart
from .owl_config import OwlConfig
from .owl_config_update import OwlConfigUpdate
from .password_change import PasswordChange
from .password_reset import PasswordReset
from .pin_resend_result import PinResendResult
from .pin_verify_request import PinVerifyRequest
from .pin_verify_result import PinVerifyResult
from .program import Program
from .program_action import ProgramAction
from .program_input import ProgramInput
from .program_record import ProgramRecord
from .program_schedule_entry import ProgramScheduleEntry
from .program_update_result import ProgramUpdateResult
from .region import Region
from .region_list import RegionList
from .region_list_regions import RegionListRegions
from .siren import Siren
from .siren_duration import SirenDuration
from .siren_list import SirenList
from .siren_name import SirenName
from .support_phone import SupportPhone
from .sync_module import SyncModule
from .sync_module_response import SyncModuleResponse
from .temperature_calibration import TemperatureCalibration
from .tier_info import TierInfo
from .user import User
from .video_count import VideoCount
from .video_options_update import VideoOptionsUpdate

__all__ = (
    "AccountClient",
    "AccountClientList",
    "AccountOptions",
    "AccountOptionsAdvancedMotionRegions",
    "AccountRegistration",
    "AccountStatus",
    "AccountStatusAccount",
    "AccountStatusClient",
    "AccountUpdate",
    "AppUpdateCheck",
    "AppVersion",
    "BusyError",
    "CameraConfig",
    "CameraConfigResponse",
    "CameraConfigUpdate",
    "CameraInfo",
    "CameraList",
    "CameraSignals",
    "CameraStatus",
    "CameraUsage",
    "CameraUsageCamera",
    "CameraUsageNetwork",
    "CameraUsageReference",
    "ChimeAddition",
    "Client",
    "ClientOptions",
    "ClientOptionsBlob",
    "ClientOptionsBlobCameraOrder",
    "ClientOptionsUpdate",
    "ClientUpdateRequest",
    "ClientUpdateResult",
    "Command",
    "CommandShort",
    "CommandStatus",
    "CommandStatusCommandsItemType1",
    "CommandUpdate",
    "DeviceIdentity",
    "DoorbellConfig",
    "Error",
    "Homescreen",
    "HomescreenAccessories",
    "HomescreenAccessoriesRosieItem",
    "HomescreenAccessoriesStormItem",
    "HomescreenAccount",
    "HomescreenCamera",
    "HomescreenCameraIssuesItem",
    "HomescreenChimesItem",
    "HomescreenDeviceLimits",
    "HomescreenDoorbellButtonsItem",
    "HomescreenEntitlements",
    "HomescreenNetwork",
    "HomescreenOwl",
    "HomescreenOwlIssuesItem",
    "HomescreenSignals",
    "HomescreenSirensItem",
    "HomescreenSubscriptions",
    "HomescreenSyncModule",
    "HomescreenTivLockStatus",
    "HomescreenVideoStats",
    "HomescreenWhatsNew",
    "LegacyDevice",
    "LegacyHomescreen",
    "LegacyHomescreenAccount",
    "LegacyHomescreenNetwork",
    "LegacyLoginNetwork",
    "LegacyLoginRequest",
    "LegacyLoginResponse",
    "LegacyLoginResponseAccount",
    "LegacyLoginResponseClient",
    "LegacyLoginResponseNetworks",
    "LegacyLoginResponseRegion",
    "LegacyVideo",
    "LiveViewRequest",
    "LiveViewSession",
    "LiveViewSessionOptions",
    "LocalStorageClip",
    "LocalStorageManifest",
    "LocalStorageStatus",
    "LocalStorageStatusStorage",
    "LockoutError",
    "LoginAuthToken",
    "LoginV3Request",
    "LoginV4Request",
    "LoginV4Response",
    "LoginV4ResponseAccount",
    "LoginV4ResponseClient",
    "LoginV4ResponseRegion",
    "LoginV5Request",
    "LoginV5Response",
    "LoginV5ResponseAccount",
    "LoginV5ResponseAccountUser",
    "LoginV5ResponseAuth",
    "LoginV5ResponsePhone",
    "LoginV5ResponseVerification",
    "LoginV5ResponseVerificationEmail",
    "LoginV5ResponseVerificationPhone",
    "MediaChangedResponse",
    "MediaDeleteRequest",
    "MediaItem",
    "MediaItemMetadataType0",
    "Message",
    "MotionRegions",
    "Network",
    "NetworkDetail",
    "NetworkEvent",
    "NetworkEvents",
    "NetworkList",
    "NetworkListSummary",
    "NetworkSummary",
    "NetworkUpdate",
    "NetworkUpdateResult",
    "NotificationAcknowledgement",
    "NotificationConfig",
    "NotificationConfigUpdate",
    "NotificationFlags",
    "OAuthError",
    "OAuthSignInForm",
    "OAuthTokenForm",
    "OAuthTokenResponse",
    "OAuthTwoFactorChallenge",
    "OAuthVerifyForm",
    "OAuthVerifyResult",
    "OnboardingStart",
    "OwlConfig",
    "OwlConfigUpdate",
    "PasswordChange",
    "PasswordReset",
    "PinResendResult",
    "PinVerifyRequest",
    "PinVerifyResult",
    "Program",
    "ProgramAction",
    "ProgramInput",
    "ProgramRecord",
    "ProgramScheduleEntry",
    "ProgramUpdateResult",
    "Region",
    "RegionList",
    "RegionListRegions",
    "Siren",
    "SirenDuration",
    "SirenList",
    "SirenName",
    "SupportPhone",
    "SyncModule",
    "SyncModuleResponse",
    "TemperatureCalibration",
    "TierInfo",
    "User",
    "VideoCount",
    "VideoOptionsUpdate",
)
