"""One exception tree for the gateway, rendered as OpenAI-shaped error JSON.

GatewayError (500 server_error)
├── ConfigError                       (not an HTTP error: bad YAML/env, raised at start-up)
├── EmbedderUnavailable               (the bundled embedding weights are not installed)
├── PolicyViolation                   (a policy chose outside its candidates: a bug)
├── InvalidRequest (400 invalid_request_error)
│   ├── ContextTooLong                (code context_length_exceeded)
│   └── SensitiveDataBlocked          (code sensitive_data_blocked)
├── AuthenticationFailed (401)
├── PermissionDenied (403)
├── ModelNotFound (404)
├── KeyNotFound (404, code key_not_found: the admin API's unknown key id)
├── EvaluationNotFound (404, code evaluation_not_found: a comparison to review)
├── PayloadTooLarge (413)
├── RateLimited (429 requests, rate_limit_exceeded; sends retry-after)
│   ├── BudgetExceeded (429 insufficient_quota; sends x-should-retry: false)
│   └── BudgetHeld (429 requests, budget_held: a hard limit is reached only counting the
│                   estimates of requests still in flight; sends retry-after)
└── UpstreamError (502 server_error, upstream_error)
    ├── UpstreamUnavailable (503)
    ├── UpstreamTimeout (504)
    └── UpstreamRejected (the upstream's own 4xx status, invalid_request_error; not retried)

Every class the gateway raises is defined here; `server/app.py` renders them all through
`to_body()`, `http_status()` and `headers()`.
"""

from __future__ import annotations

from typing import ClassVar


class GatewayError(Exception):
    status: ClassVar[int] = 500
    type: ClassVar[str] = "server_error"
    code: ClassVar[str | None] = None

    def __init__(self, message: str, *, param: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param

    def to_body(self) -> dict[str, object]:
        return {
            "error": {
                "message": self.message,
                "type": self.type,
                "param": self.param,
                "code": self.code,
            }
        }

    def http_status(self) -> int:
        return self.status

    def headers(self) -> dict[str, str]:
        return {}


class ConfigError(GatewayError):
    """A configuration file or environment value is invalid; the message names the key."""


class EmbedderUnavailable(GatewayError):
    """The embedding weights are not installed."""


class PolicyViolation(GatewayError):
    """A policy picked a model outside the candidates: a bug, never a client error."""


class InvalidRequest(GatewayError):
    status, type = 400, "invalid_request_error"


class ContextTooLong(InvalidRequest):
    code = "context_length_exceeded"


class SensitiveDataBlocked(InvalidRequest):
    code = "sensitive_data_blocked"


class AuthenticationFailed(GatewayError):
    status, type, code = 401, "invalid_request_error", "invalid_api_key"


class PermissionDenied(GatewayError):
    status, type, code = 403, "invalid_request_error", "permission_denied"


class ModelNotFound(GatewayError):
    status, type, code = 404, "invalid_request_error", "model_not_found"


class KeyNotFound(GatewayError):
    status, type, code = 404, "invalid_request_error", "key_not_found"


class EvaluationNotFound(GatewayError):
    status, type, code = 404, "invalid_request_error", "evaluation_not_found"


class PayloadTooLarge(GatewayError):
    status, type, code = 413, "invalid_request_error", "payload_too_large"


class RateLimited(GatewayError):
    status, type, code = 429, "requests", "rate_limit_exceeded"

    def __init__(self, message: str, *, retry_after: float = 1.0, param: str | None = None) -> None:
        super().__init__(message, param=param)
        self.retry_after = retry_after

    def headers(self) -> dict[str, str]:
        return {"retry-after": str(max(1, round(self.retry_after)))}


class BudgetExceeded(RateLimited):
    type, code = "insufficient_quota", "budget_exceeded"

    def headers(self) -> dict[str, str]:
        # Retrying cannot fix an exhausted budget; the openai SDK honours this header.
        return {"x-should-retry": "false"}


class BudgetHeld(RateLimited):
    """A hard limit is reached only with the estimated cost of requests still in flight
    (an upper bound): once they are recorded at their real cost there may be room again,
    so this one says when to retry, unlike BudgetExceeded."""

    code = "budget_held"


class UpstreamError(GatewayError):
    """A provider failed. `retryable` tells the executor whether another attempt may help."""

    status, type, code = 502, "server_error", "upstream_error"

    def __init__(
        self,
        message: str,
        *,
        retryable: bool = True,
        upstream_status: int | None = None,
        retry_after: float | None = None,
        param: str | None = None,
    ) -> None:
        super().__init__(message, param=param)
        self.retryable = retryable
        self.upstream_status = upstream_status
        self.retry_after = retry_after


class UpstreamUnavailable(UpstreamError):
    status, code = 503, "upstream_unavailable"


class UpstreamTimeout(UpstreamError):
    status, code = 504, "upstream_timeout"


class UpstreamRejected(UpstreamError):
    """The upstream refused the request itself (4xx other than 408/429): not retryable,
    and passed back to the client with the upstream's status."""

    code = "upstream_rejected"

    def __init__(self, message: str, *, upstream_status: int, param: str | None = None) -> None:
        super().__init__(message, retryable=False, upstream_status=upstream_status, param=param)

    def http_status(self) -> int:
        return self.upstream_status or self.status

    def to_body(self) -> dict[str, object]:
        return {
            "error": {
                "message": self.message,
                "type": "invalid_request_error",
                "param": self.param,
                "code": self.code,
            }
        }
