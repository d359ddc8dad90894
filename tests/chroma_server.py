"""A real Chroma server (``chroma run``) on loopback for the integration tests."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from assistant.ui import free_port


def chroma_executable() -> str | None:
    """The `chroma` CLI of this virtual environment (chromadb ships it)."""
    beside = Path(sys.executable).with_name("chroma")
    return str(beside) if beside.exists() else shutil.which("chroma")


class ChromaServer:
    def __init__(self, path: Path, port: int | None = None) -> None:
        self.path = path
        self.port = port or free_port()
        self.host = "127.0.0.1"
        self._proc: subprocess.Popen | None = None

    def start(self, timeout: float = 60.0) -> "ChromaServer":
        exe = chroma_executable()
        if exe is None:
            raise RuntimeError("the chroma CLI is not installed")
        self._proc = subprocess.Popen(
            [exe, "run", "--path", str(self.path), "--host", self.host, "--port", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        import chromadb

        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"chroma run exited with {self._proc.returncode}")
            try:
                chromadb.HttpClient(host=self.host, port=self.port).heartbeat()
                return self
            except Exception:  # noqa: BLE001 - not up yet
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("chroma server did not start in time")

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._proc = None
