"""A client library for accessing Blink client REST API (unofficial)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
