"""Reads the google.rpc details a gRPC error carries (BadRequest, RetryInfo) on the client side."""

from __future__ import annotations

from typing import TypeVar

import grpc
from google.protobuf.message import Message
from google.rpc import status_pb2

D = TypeVar("D", bound=Message)

_DETAILS_KEY = "grpc-status-details-bin"


def status_details(error: grpc.aio.AioRpcError, kind: type[D]) -> list[D]:
    """Every detail of type `kind` packed into the error's google.rpc.Status."""
    found: list[D] = []
    for key, value in error.trailing_metadata() or ():
        if key != _DETAILS_KEY or not isinstance(value, bytes):
            continue
        for detail in status_pb2.Status.FromString(value).details:
            if detail.Is(kind.DESCRIPTOR):
                message = kind()
                detail.Unpack(message)
                found.append(message)
    return found
