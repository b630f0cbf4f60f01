"""gRPC health probe for containers without a kubelet: exits 0 when the server says SERVING.

Docker's HEALTHCHECK and compose run it inside the sitefarm image; Kubernetes needs none of it
(it has native gRPC probes). Usage: python /app/deploy/healthcheck.py [SERVICE] [--port N]
"""

from __future__ import annotations

import argparse
import os
import sys

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

# Every sitefarm process's default port, for a container started without SITEFARM_PORT.
DEFAULT_PORTS = (50050, 50051, 50052, 50053, 50054, 50055)


def status(port: int, service: str, timeout: float) -> int:
    """The health status the server on 127.0.0.1:port reports for `service`; 0 when unreachable."""
    with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
        try:
            response = health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(service=service), timeout=timeout
            )
        except grpc.RpcError:
            return health_pb2.HealthCheckResponse.UNKNOWN
        return int(response.status)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("service", nargs="?", default="", help="health service name; '' = server")
    parser.add_argument("--port", type=int, default=None, help="default: SITEFARM_PORT")
    parser.add_argument("--timeout", type=float, default=2.0)
    args = parser.parse_args(argv)
    configured = args.port or os.environ.get("SITEFARM_PORT")
    ports = [int(configured)] if configured else list(DEFAULT_PORTS)
    for port in ports:
        if status(port, args.service, args.timeout) == health_pb2.HealthCheckResponse.SERVING:
            return 0
    print(f"not SERVING on 127.0.0.1:{ports}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
