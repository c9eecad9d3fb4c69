"""Contract tests and drift checks of Blink against spec/blink.openapi.yaml."""
