"""Contract tests and drift checks of Blink against spec/blink.openapi.yaml."""

from importlib.metadata import version

# The one version of the kit is its distribution's (pyproject.toml); blink_mock reads the same.
__version__ = version("blink-api-test-kit")
