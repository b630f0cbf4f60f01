"""Who may call: bearer tokens on SiteFarm, a shared internal token on the phase services."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import inspect
import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import grpc
from pydantic import SecretStr

from services.runtime.redact import register_secrets

log = logging.getLogger(__name__)

AUTHORIZATION = "authorization"
# Probes and grpcurl must work without a token: health says nothing, reflection only the API.
OPEN_METHOD_PREFIXES = (
    "/grpc.health.v1.Health/",
    "/grpc.reflection.v1alpha.ServerReflection/",
    "/grpc.reflection.v1.ServerReflection/",
)
_MIN_TOKEN_CHARS = 16


class TokenError(ValueError):
    """A configured token list cannot be read."""


@dataclass(frozen=True)
class ApiToken:
    """One accepted token, kept as a digest; `caller` names it in logs and limits."""

    caller: str
    digest: bytes
    expires_at: datetime | None = None

    def expired(self, now: datetime) -> bool:
        return self.expires_at is not None and now >= self.expires_at


def token_digest(secret: str) -> bytes:
    # Equal-length digests: compare_digest then leaks nothing, not even the length.
    return hashlib.sha256(secret.encode()).digest()


def caller_id(secret: str) -> str:
    """A short, stable, non-reversible name for a token."""
    return "t-" + hashlib.sha256(secret.encode()).hexdigest()[:8]


def parse_tokens(value: SecretStr | str | None) -> list[ApiToken]:
    """Tokens from `secret[@expiry],...`; the expiry is an ISO 8601 time with a zone,
    e.g. `s3cr3t...@2026-12-31T00:00:00Z`. Each secret is registered for redaction."""
    text = value.get_secret_value() if isinstance(value, SecretStr) else value or ""
    tokens: list[ApiToken] = []
    for number, entry in enumerate((e.strip() for e in text.split(",")), start=1):
        if not entry:
            continue
        # rpartition: a secret may itself contain "@", an expiry never does.
        secret, at, expiry = entry.rpartition("@") if "@" in entry else (entry, "", "")
        expires_at = _expiry(expiry, number) if at else None
        if len(secret) < _MIN_TOKEN_CHARS:
            raise TokenError(f"token {number} is shorter than {_MIN_TOKEN_CHARS} characters")
        register_secrets([secret, entry])
        tokens.append(ApiToken(caller_id(secret), token_digest(secret), expires_at))
    return tokens


def _expiry(text: str, number: int) -> datetime:
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise TokenError(f"token {number}: expiry is not an ISO 8601 time") from None
    if when.tzinfo is None:
        raise TokenError(f"token {number}: expiry needs a time zone, e.g. ...T00:00:00Z")
    return when.astimezone(UTC)


class Verdict(StrEnum):
    """What a presented token turned out to be."""

    OK = "ok"
    MISSING = "missing"
    WRONG = "wrong"
    EXPIRED = "expired"


_REFUSALS = {
    Verdict.MISSING: "missing bearer token (metadata authorization: Bearer <token>)",
    Verdict.WRONG: "invalid token",
    Verdict.EXPIRED: "token expired",
}


def bearer_token(metadata: Iterable[tuple[str, str | bytes]] | None) -> str | None:
    """The token of an `authorization: Bearer <token>` entry, None when there is none."""
    for key, value in metadata or ():
        if key.lower() != AUTHORIZATION or not isinstance(value, str):
            continue
        scheme, _, token = value.strip().partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            return token.strip()
    return None


class Authenticator:
    """Checks a presented token against every accepted one in constant time."""

    def __init__(
        self, tokens: Sequence[ApiToken], clock: Callable[[], datetime] | None = None
    ) -> None:
        self.tokens = tuple(tokens)
        self._clock = clock or (lambda: datetime.now(UTC))

    @property
    def open(self) -> bool:
        """No token configured: every caller is let in."""
        return not self.tokens

    def check(self, metadata: Iterable[tuple[str, str | bytes]] | None) -> tuple[Verdict, str]:
        """The verdict and, when OK, the caller's id."""
        presented = bearer_token(metadata)
        if presented is None:
            return Verdict.MISSING, ""
        digest = token_digest(presented)
        found: ApiToken | None = None
        # No early exit: the time taken does not say which token (if any) matched.
        for token in self.tokens:
            if hmac.compare_digest(digest, token.digest):
                found = token
        if found is None:
            return Verdict.WRONG, ""
        if found.expired(self._clock()):
            return Verdict.EXPIRED, found.caller
        return Verdict.OK, found.caller

    def caller(self, metadata: Iterable[tuple[str, str | bytes]] | None) -> str:
        """The id of an accepted caller; "anonymous" on an open server."""
        verdict, caller = self.check(metadata)
        return caller if verdict is Verdict.OK else "anonymous"


# --- the server side ------------------------------------------------------------------------

Behaviour = Callable[[Any, grpc.aio.ServicerContext], Any]


def _refusal(handler: grpc.RpcMethodHandler, code: grpc.StatusCode, message: str) -> Any:
    """A handler of the same shape as `handler` that only refuses; it never parses the
    request, so an unauthenticated caller reaches no servicer code at all."""

    async def refuse(request: Any, context: grpc.aio.ServicerContext) -> Any:
        await context.abort(code, message)

    if handler.request_streaming and handler.response_streaming:
        return grpc.stream_stream_rpc_method_handler(refuse)
    if handler.request_streaming:
        return grpc.stream_unary_rpc_method_handler(refuse)
    if handler.response_streaming:
        return grpc.unary_stream_rpc_method_handler(refuse)
    return grpc.unary_unary_rpc_method_handler(refuse)


class BearerTokenInterceptor(grpc.aio.ServerInterceptor):  # type: ignore[misc]
    """Refuses every call but health and reflection without an accepted token
    (UNAUTHENTICATED); lets everything in when no token is configured."""

    def __init__(self, authenticator: Authenticator) -> None:
        self.authenticator = authenticator

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(details)
        if handler is None or self.authenticator.open:
            return handler
        if details.method.startswith(OPEN_METHOD_PREFIXES):  # type: ignore[attr-defined]
            return handler
        verdict, caller = self.authenticator.check(details.invocation_metadata)  # type: ignore[attr-defined]
        if verdict is Verdict.OK:
            return handler
        log.info("refused %s: %s%s", details.method, verdict, f" ({caller})" if caller else "")  # type: ignore[attr-defined]
        return _refusal(handler, grpc.StatusCode.UNAUTHENTICATED, _REFUSALS[verdict])


class _Undecodable:
    """Stands in for a request whose bytes are not the method's message."""


_UNDECODABLE = _Undecodable()


class RequestGuard(grpc.aio.ServerInterceptor):  # type: ignore[misc]
    """A request that does not parse as its message gets INVALID_ARGUMENT, not INTERNAL; an
    unexpected error in a servicer gets UNKNOWN "internal error", never the exception's text
    (grpc's default, which may name internals), and is logged here, through the redaction."""

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(details)
        if handler is None or handler.request_streaming or handler.request_deserializer is None:
            return handler
        if details.method.startswith(OPEN_METHOD_PREFIXES):  # type: ignore[attr-defined]
            return handler
        deserialize = handler.request_deserializer

        def lenient(data: bytes) -> Any:
            try:
                return deserialize(data)
            except Exception:  # DecodeError, invalid UTF-8 in a string field, ...
                return _UNDECODABLE

        message = f"the request is not a valid message for {details.method}"  # type: ignore[attr-defined]
        if handler.response_streaming and inspect.isasyncgenfunction(handler.unary_stream):
            streaming = handler.unary_stream

            async def stream(request: Any, context: grpc.aio.ServicerContext) -> Any:
                if request is _UNDECODABLE:
                    await context.abort(grpc.StatusCode.INVALID_ARGUMENT, message)
                try:
                    async for answer in streaming(request, context):
                        yield answer
                except (grpc.aio.AbortError, asyncio.CancelledError, GeneratorExit):
                    raise
                except Exception:
                    await _internal_error(context, details)

            return grpc.unary_stream_rpc_method_handler(
                stream,
                request_deserializer=lenient,
                response_serializer=handler.response_serializer,
            )
        if handler.response_streaming:  # a writer-API stream (context.write): left as it is
            return handler
        unary = handler.unary_unary

        async def single(request: Any, context: grpc.aio.ServicerContext) -> Any:
            if request is _UNDECODABLE:
                await context.abort(grpc.StatusCode.INVALID_ARGUMENT, message)
            try:
                return await unary(request, context)
            except (grpc.aio.AbortError, asyncio.CancelledError):
                raise
            except Exception:
                await _internal_error(context, details)

        return grpc.unary_unary_rpc_method_handler(
            single, request_deserializer=lenient, response_serializer=handler.response_serializer
        )


async def _internal_error(
    context: grpc.aio.ServicerContext, details: grpc.HandlerCallDetails
) -> None:
    if context.done():
        # The caller left (its deadline passed) while the servicer was answering: there is
        # nobody to tell, and telling would fail again. Ending as cancelled is the truth.
        log.info("%s ended after its caller had left", details.method)  # type: ignore[attr-defined]
        raise asyncio.CancelledError()
    log.exception("%s failed unexpectedly", details.method)  # type: ignore[attr-defined]
    await context.abort(grpc.StatusCode.UNKNOWN, "internal error (logged by the server)")


def internal_token_interceptors(token: SecretStr | None) -> list[grpc.aio.ServerInterceptor]:
    """What a phase service checks: the orchestrator's shared token, when one is set."""
    if token is None or not token.get_secret_value():
        return []
    return [BearerTokenInterceptor(Authenticator(parse_tokens(token)))]


# --- the client side ------------------------------------------------------------------------


def _with_token(details: grpc.aio.ClientCallDetails, token: str) -> grpc.aio.ClientCallDetails:
    metadata = grpc.aio.Metadata(*(details.metadata or ()))
    metadata[AUTHORIZATION] = f"Bearer {token}"
    return grpc.aio.ClientCallDetails(
        details.method, details.timeout, metadata, details.credentials, details.wait_for_ready
    )


class _BearerUnaryUnary(grpc.aio.UnaryUnaryClientInterceptor):  # type: ignore[misc]
    def __init__(self, token: str) -> None:
        self._token = token

    async def intercept_unary_unary(
        self, continuation: Any, client_call_details: grpc.aio.ClientCallDetails, request: Any
    ) -> Any:
        return await continuation(_with_token(client_call_details, self._token), request)


class _BearerUnaryStream(grpc.aio.UnaryStreamClientInterceptor):  # type: ignore[misc]
    def __init__(self, token: str) -> None:
        self._token = token

    async def intercept_unary_stream(
        self, continuation: Any, client_call_details: grpc.aio.ClientCallDetails, request: Any
    ) -> Any:
        return await continuation(_with_token(client_call_details, self._token), request)


def bearer_interceptors(token: SecretStr | str | None) -> list[grpc.aio.ClientInterceptor]:
    """Client interceptors that send `authorization: Bearer <token>` on every call."""
    secret = token.get_secret_value() if isinstance(token, SecretStr) else token
    if not secret:
        return []
    register_secrets([secret])
    return [_BearerUnaryUnary(secret), _BearerUnaryStream(secret)]


def bearer_metadata(token: str | None) -> tuple[tuple[str, str], ...]:
    """Call metadata carrying the token, for synchronous stubs."""
    return ((AUTHORIZATION, f"Bearer {token}"),) if token else ()
