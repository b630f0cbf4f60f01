"""Optional TLS and mTLS between processes, with certificates made by openssl for the test."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from services.design.service import registrations
from services.runtime.channels import open_channel
from services.runtime.server import start_server
from services.runtime.settings import Settings


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A CA, a server certificate for 127.0.0.1 and a client certificate, all signed by it."""
    if shutil.which("openssl") is None:
        pytest.fail("openssl is needed to make the test certificates")
    d = tmp_path_factory.mktemp("pki")
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=test-ca",
             "-keyout", "ca.key", "-out", "ca.pem", cwd=d)  # fmt: skip
    (d / "san.ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    for name in ("server", "client"):
        _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={name}",
                 "-keyout", f"{name}.key", "-out", f"{name}.csr", cwd=d)  # fmt: skip
        _openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                 "-CAcreateserial", "-days", "1", "-extfile", "san.ext",
                 "-out", f"{name}.pem", cwd=d)  # fmt: skip
    return d


async def _health(address: str, settings: Settings) -> int:
    async with open_channel(address, settings) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        answer = await stub.Check(health_pb2.HealthCheckRequest(), timeout=3)
        return int(answer.status)


@pytest.mark.parametrize("mutual", [False, True], ids=["tls", "mtls"])
async def test_a_tls_server_answers_trusted_clients_only(pki: Path, mutual: bool) -> None:
    server_settings = Settings(
        tls_cert_file=pki / "server.pem",
        tls_key_file=pki / "server.key",
        tls_ca_file=pki / "ca.pem",
        tls_client_auth=mutual,
    )
    running = await start_server(registrations(server_settings), server_settings, port=0)
    address = f"127.0.0.1:{running.port}"
    client = Settings(
        tls_ca_file=pki / "ca.pem",
        tls_cert_file=pki / "client.pem",
        tls_key_file=pki / "client.key",
        tls_client_auth=mutual,
    )
    try:
        assert await _health(address, client) == health_pb2.HealthCheckResponse.SERVING
        with pytest.raises(grpc.aio.AioRpcError):
            await _health(address, Settings())  # plaintext to a TLS port
        if mutual:
            without_certificate = Settings(tls_ca_file=pki / "ca.pem")
            with pytest.raises(grpc.aio.AioRpcError):
                await _health(address, without_certificate)
    finally:
        await running.drain(grace=0.5)
