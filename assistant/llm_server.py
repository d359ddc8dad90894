"""A local OpenAI-compatible LLM server (llama.cpp through ``xllamacpp``).

``xllamacpp.Server(params)`` runs llama.cpp's own C++ HTTP server inside the
Python process: the constructor loads the model, binds ``params.hostnames`` /
``params.port`` (port 0 picks a free one, reported by ``listening_address``)
and serves ``/health``, ``/v1/models``, ``/v1/chat/completions`` (with
``stream=True``), ... from C++ threads until the object is deallocated.

``LocalLLMServer`` runs that server in a child process (``python -m
assistant.llm_server --child ...``) so that llama.cpp's memory, threads and
logs stay out of the caller, and stopping it is a plain process exit::

    with LocalLLMServer(ServerParams(alias="qwen2.5-coder-0.5b")) as llm:
        ChatOpenAI(base_url=llm.base_url, api_key="none", model=llm.model)

``python -m assistant.llm_server [--model qwen2.5-coder-0.5b] [--port 8080]``
assembles the model and serves it in the foreground (``make llm``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import deque
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO, Self

from assistant.llm_model import DEFAULT_MODEL, KNOWN_MODELS, ModelError, assemble_gguf
from assistant.settings import Settings, get_settings

READY_PREFIX = "LLM_SERVER_READY "
_REPO_ROOT = Path(__file__).resolve().parent.parent


class LLMServerError(RuntimeError):
    """The local LLM server could not be started. ``user_message`` is for end users."""

    def __init__(self, message: str, user_message: str | None = None):
        super().__init__(message)
        self.user_message = user_message or "Không khởi động được máy chủ mô hình ngôn ngữ cục bộ."


def cpu_threads(configured: int | None = None) -> int:
    """llama.cpp threads: ``configured`` (``GDNN_LLM_THREADS``) if set, else the cores this process may run on.

    On a 2-core machine shared with other busy processes, 1 thread generated
    steadily (~12 tok/s for the 0.5B) while 2 threads dropped to 2-3 tok/s.
    """
    if configured:
        return max(1, configured)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class ServerParams:
    """How llama.cpp serves a model: one value for the parent, the child's command line and xllamacpp.

    ``model_path`` None means the bundled model named ``alias``, assembled at
    start; ``port`` 0 means any free port.
    """

    model_path: Path | None = None
    alias: str = DEFAULT_MODEL
    host: str = "127.0.0.1"
    port: int = 0
    n_ctx: int = 4096
    n_threads: int | None = None
    n_parallel: int = 1
    verbose: bool = False

    @classmethod
    def from_settings(cls, settings: Settings | None = None, **overrides: Any) -> ServerParams:
        """Defaults from the settings object (model, window, threads, address); ``overrides`` win."""
        s = settings or get_settings()
        values: dict[str, Any] = dict(
            model_path=s.llm_model_path, alias=s.llm_model, host=s.llm_server_host, port=s.llm_server_port,
            n_ctx=s.llm_context_tokens, n_threads=s.llm_threads,
        )
        values.update(overrides)
        return cls(**values)

    @property
    def threads(self) -> int:
        return cpu_threads(self.n_threads)

    def child_args(self) -> list[str]:
        """The command-line flags of ``main`` that rebuild these parameters in a child process."""
        if self.model_path is None:
            raise ValueError("the model must be assembled before a child serves it")
        args = [
            "--model-path", str(self.model_path), "--alias", self.alias, "--host", self.host,
            "--port", str(self.port), "--ctx", str(self.n_ctx), "--threads", str(self.threads),
            "--parallel", str(self.n_parallel),
        ]
        return args + (["--verbose"] if self.verbose else [])

    def common_params(self):
        """``xllamacpp.CommonParams`` for serving ``model_path`` on ``host:port``."""
        import xllamacpp

        params = xllamacpp.CommonParams()
        params.model.path = str(self.model_path)
        params.model_alias = {self.alias}
        params.hostnames = [self.host]
        params.port = self.port
        # n_ctx is the whole KV cache; llama.cpp splits it between the n_parallel slots.
        params.n_ctx = self.n_ctx * self.n_parallel
        params.n_parallel = self.n_parallel
        params.cpuparams.n_threads = self.threads
        params.cpuparams_batch.n_threads = self.threads
        params.offline = True  # never fetch anything (no hf_repo / url is set anyway)
        params.verbosity = 3 if self.verbose else 1  # 3 = llama.cpp's info logs, 1 = errors only
        return params


def xllamacpp_available() -> bool:
    try:
        import xllamacpp  # noqa: F401
    except ImportError:
        return False
    return True


def serve(params: ServerParams, *, ready_line: bool = False, watch_stdin: bool = False) -> None:
    """Serve in this process until SIGINT/SIGTERM (or stdin EOF with ``watch_stdin``)."""
    import xllamacpp

    stop = threading.Event()

    def on_signal(signum, frame):
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    if watch_stdin:
        # The parent holds our stdin; EOF means it is gone (even if it died without stopping us).
        def stop_at_eof() -> None:
            sys.stdin.buffer.read()
            stop.set()

        threading.Thread(target=stop_at_eof, daemon=True).start()

    try:
        server = xllamacpp.Server(params.common_params())  # loads the model, binds, starts serving
    except RuntimeError as exc:  # xllamacpp says only "Failed to init server"; details are in its log
        raise LLMServerError(
            f"llama.cpp server failed to start ({exc}): either {params.model_path} is not a loadable GGUF "
            f"or {params.host}:{params.port} cannot be bound (port in use?); llama.cpp's error lines say which",
            f"Không khởi động được máy chủ mô hình cục bộ tại {params.host}:{params.port} "
            "(tệp mô hình hỏng hoặc cổng đang bị dùng; hãy thử --port khác).",
        ) from exc
    address = server.listening_address  # e.g. http://127.0.0.1:41234
    if ready_line:
        print(READY_PREFIX + address, flush=True)
    else:
        print(f"Serving {params.alias} at {address}/v1 (Ctrl-C to stop)", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        del server  # ~Server stops the HTTP server and the main loop


def _http_json(url: str, timeout: float) -> tuple[int, dict | None]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            body = resp.read()
            status = resp.status
    except urllib.error.HTTPError as exc:
        return exc.code, None
    try:
        return status, json.loads(body)
    except ValueError:
        return status, None


class LocalLLMServer:
    """A llama.cpp OpenAI-compatible server in a child process, on ``host`` and a free port.

    Use as a context manager, or ``start()`` / ``stop()``. ``base_url`` ends in
    ``/v1`` (what OpenAI clients want); ``model`` is the name it serves.
    """

    def __init__(
        self,
        params: ServerParams | None = None,
        *,
        cache_dir: Path | str | None = None,
        startup_timeout: float = 120.0,
        log_path: Path | str | None = None,
    ):
        params = params or ServerParams()
        if params.model_path is None and params.alias not in KNOWN_MODELS:
            raise ValueError(f"Unknown model {params.alias!r}; known: {sorted(KNOWN_MODELS)}, or pass model_path")
        self.params = params
        self.cache_dir = cache_dir
        self.startup_timeout = startup_timeout
        self.log_path = Path(log_path) if log_path is not None else None
        self.root_url: str | None = None
        self.startup_seconds: float | None = None
        self._proc: subprocess.Popen | None = None
        self._log_file: BinaryIO | None = None
        self._lines: deque[str] = deque(maxlen=200)
        self._ready = threading.Event()

    # -- public ---------------------------------------------------------------
    @property
    def model(self) -> str:
        """The name the API serves the model under."""
        return self.params.alias

    @property
    def base_url(self) -> str:
        if self.root_url is None:
            raise RuntimeError("LocalLLMServer is not started")
        return self.root_url + "/v1"

    @property
    def is_running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> Self:
        if self._proc is not None:
            return self
        if not xllamacpp_available():
            raise LLMServerError(
                "xllamacpp is not installed (pip install xllamacpp)",
                "Chưa cài đặt xllamacpp để chạy mô hình cục bộ. Hãy chạy lệnh: pip install xllamacpp",
            )
        if self.params.model_path is None:
            try:
                self.params = replace(self.params, model_path=assemble_gguf(self.model, self.cache_dir))
            except ModelError as exc:
                raise LLMServerError(str(exc), exc.user_message) from exc

        t0 = time.monotonic()
        if self.log_path is None:
            fd, name = tempfile.mkstemp(prefix="llm-server-", suffix=".log")
            os.close(fd)
            self.log_path = Path(name)
        self._log_file = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        cmd = [sys.executable, "-m", "assistant.llm_server", "--child", *self.params.child_args()]
        env = dict(os.environ, HF_HUB_OFFLINE="1", PYTHONUNBUFFERED="1")
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(_REPO_ROOT), env.get("PYTHONPATH")) if p)
        self._proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log_file,
            env=env, text=True, encoding="utf-8", errors="replace",
        )
        threading.Thread(target=self._read_stdout, daemon=True).start()
        try:
            self._wait_until_healthy(t0 + self.startup_timeout)
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - t0
        return self

    def stop(self, timeout: float = 10.0) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)
            if proc.stdin:
                try:
                    proc.stdin.close()
                except OSError:
                    pass
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None

    def health(self, timeout: float = 2.0) -> bool:
        if self.root_url is None:
            return False
        try:
            status, body = _http_json(self.root_url + "/health", timeout)
        except OSError:
            return False
        return status == 200 and (body or {}).get("status") == "ok"

    def log_tail(self, n: int = 40) -> str:
        try:
            lines = Path(self.log_path).read_text(encoding="utf-8", errors="replace").splitlines()  # type: ignore[arg-type]
        except (OSError, TypeError):
            return ""
        return "\n".join(lines[-n:])

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def __del__(self):  # last resort; never rely on it
        with contextlib.suppress(Exception):
            self.stop(timeout=2.0)

    # -- internals ------------------------------------------------------------
    def _read_stdout(self) -> None:
        proc = self._proc
        if proc is None or proc.stdout is None:
            return
        for line in proc.stdout:
            line = line.rstrip("\n")
            self._lines.append(line)
            if line.startswith(READY_PREFIX) and not self._ready.is_set():
                self.root_url = line[len(READY_PREFIX):].strip().rstrip("/")
                self._ready.set()

    def _fail(self, message: str) -> LLMServerError:
        details = "\n".join(self._lines) + "\n" + self.log_tail()
        return LLMServerError(f"{message}\n--- server output ---\n{details.strip()}")

    def _wait_until_healthy(self, deadline: float) -> None:
        proc = self._proc
        assert proc is not None
        while not self._ready.wait(0.1):
            if proc.poll() is not None:
                raise self._fail(f"LLM server exited with code {proc.returncode} before listening")
            if time.monotonic() > deadline:
                raise self._fail(f"LLM server did not start listening within {self.startup_timeout:.0f}s")
        # Listening; /health answers 503 while the model is still loading.
        while True:
            if proc.poll() is not None:
                raise self._fail(f"LLM server exited with code {proc.returncode}")
            if self.health(timeout=2.0):
                return
            if time.monotonic() > deadline:
                raise self._fail(f"LLM server not healthy within {self.startup_timeout:.0f}s")
            time.sleep(0.1)


def main(argv: list[str] | None = None) -> int:
    defaults = ServerParams.from_settings()
    parser = argparse.ArgumentParser(
        prog="python -m assistant.llm_server",
        description="Serve a local GGUF model as an OpenAI-compatible API (llama.cpp via xllamacpp).",
    )
    parser.add_argument("--model", default=defaults.alias if defaults.alias in KNOWN_MODELS else DEFAULT_MODEL,
                        choices=sorted(KNOWN_MODELS))
    parser.add_argument("--model-path", type=Path, default=defaults.model_path,
                        help="serve this .gguf instead of --model (default: GDNN_LLM_MODEL_PATH)")
    parser.add_argument("--alias", default=None, help="model name the API reports (default: --model)")
    parser.add_argument("--cache-dir", type=Path, default=None, help="where the model is assembled")
    parser.add_argument("--host", default=defaults.host)
    parser.add_argument("--port", type=int, default=defaults.port, help="0 = any free port")
    parser.add_argument("--ctx", type=int, default=defaults.n_ctx, help="context window per slot (tokens)")
    parser.add_argument("--threads", type=int, default=defaults.n_threads,
                        help="default: GDNN_LLM_THREADS, else the CPU cores available")
    parser.add_argument("--parallel", type=int, default=1, help="concurrent request slots")
    parser.add_argument("--verbose", action="store_true", help="llama.cpp info logs on stderr")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if not xllamacpp_available():
        print("Chưa cài đặt xllamacpp. Hãy chạy lệnh: pip install xllamacpp", file=sys.stderr)
        return 1
    model_path = args.model_path
    if model_path is None:
        try:
            model_path = assemble_gguf(args.model, args.cache_dir)
        except ModelError as exc:
            print(exc.user_message, file=sys.stderr)
            return 1
    try:
        params = ServerParams(
            model_path=Path(model_path), alias=args.alias or args.model, host=args.host, port=args.port,
            n_ctx=args.ctx, n_threads=args.threads, n_parallel=args.parallel, verbose=args.verbose,
        )
        serve(params, ready_line=args.child, watch_stdin=args.child)
    except LLMServerError as exc:
        print(exc.user_message, file=sys.stderr)
        print(f"({exc})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
